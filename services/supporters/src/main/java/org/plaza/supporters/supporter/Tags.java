package org.plaza.supporters.supporter;

import java.util.Locale;

/** How a tag is written: trimmed, lower case, inner spaces single, 1 to 40 characters, no control characters. */
public final class Tags {

    private Tags() {
    }

    /** The tag as kept, or null when it cannot be one. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String tag = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (tag.isEmpty() || tag.length() > FilterForm.MAX_TAG || tag.chars().anyMatch(Character::isISOControl)
                || tag.startsWith("$")) {
            return null;
        }
        return tag;
    }
}
