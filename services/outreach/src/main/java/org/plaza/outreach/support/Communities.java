package org.plaza.outreach.support;

import java.util.List;
import java.util.Locale;

import org.plaza.outreach.support.OutreachSettings.Community;
import org.springframework.stereotype.Component;

/** The configured communities and their names in the reader's language. */
@Component
public class Communities {

    private final OutreachSettings settings;

    public Communities(OutreachSettings settings) {
        this.settings = settings;
    }

    public List<Community> all() {
        return settings.communities();
    }

    public boolean isKnown(String code) {
        return code != null && settings.community(code).isPresent();
    }

    /** The community's name in the language of {@code locale}; the code itself when it is not configured. */
    public String name(String code, Locale locale) {
        return settings.community(code)
                .map(c -> "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameEs())
                .orElse(code);
    }
}
