package org.plaza.notifications.template;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a {@link MessageTemplate} in one language from {@code classpath:mail/html/<service>/<message>.html}
 * and {@code mail/text/<service>/<message>.txt}, with texts from the service's message bundles. It has
 * its own Thymeleaf engine, so the web pages' engine and its settings stay untouched.
 */
@Component
public class TemplateRenderer {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");
    /** Cut at this many characters: a title or place in a text. */
    static final int TEXT_PARAMETER_LIMIT = 40;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final BrandingSettings branding;

    public TemplateRenderer(MessageSource messages, BrandingSettings branding) {
        this.messages = messages;
        this.branding = branding;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver("html/*", ".html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("text/*", ".txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, String suffix, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    public RenderedEmail renderEmail(MessageTemplate template, Locale locale, MailContent content) {
        Map<String, String> parameters = new HashMap<>();
        template.parameters().forEach(name -> parameters.put(name, blankToNull(content.parameters().get(name))));
        String organization = parameters.get("organization") != null ? parameters.get("organization")
                : branding.organization();
        Object[] subjectArguments = template.subjectArguments().stream().map(parameters::get).toArray();
        String subject = messages.getMessage(template.subjectKey(), subjectArguments, locale);

        Context context = new Context(locale);
        context.setVariable("p", parameters);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("name", blankToNull(content.displayName()));
        context.setVariable("organization", organization);
        context.setVariable("postalAddress", blankToNull(branding.postalAddress()));
        context.setVariable("hasAttachment", content.hasAttachment());
        context.setVariable("reasonKey", "mail." + template.key() + ".reason");
        context.setVariable("category", template.category().name());
        context.setVariable("categoryName", messages.getMessage(template.category().messageKey(), null, locale));
        context.setVariable("unsubscribeUrl", content.unsubscribeUrl());

        String html = engine.process("html/" + template.path(), context);
        String text = tidy(engine.process("text/" + template.path(), context));
        return new RenderedEmail(subject, text, html);
    }

    /**
     * The text message of {@code template} in {@code locale}: the pattern {@code sms.<key>} with the organization and
     * {@code arguments}; titles and places longer than {@value #TEXT_PARAMETER_LIMIT} characters are cut (with "...",
     * which GSM-7 has), so a text stays short. Optional categories end with how to stop ({@code sms.footer.optional}).
     */
    public String renderText(MessageTemplate template, Locale locale, List<String> arguments,
            Map<String, String> given) {
        String organization = given.get("organization") != null && !given.get("organization").isBlank()
                ? given.get("organization") : branding.organization();
        Object[] values = new Object[arguments.size() + 1];
        values[0] = organization;
        for (int i = 0; i < arguments.size(); i++) {
            String value = given.get(arguments.get(i));
            values[i + 1] = shorten(arguments.get(i), value == null ? "" : value.strip());
        }
        String body = messages.getMessage("sms." + template.key(), values, locale);
        if (!template.category().alwaysSent()) {
            body = body + " " + messages.getMessage("sms.footer.optional", new Object[] { organization }, locale);
        }
        return body;
    }

    /**
     * A reply to a resident's text, whose language is unknown: {@code sms.reply.<kind>} in Spanish, then in English,
     * after the organization's name.
     */
    public String renderReply(String kind) {
        Object[] organization = { branding.organization() };
        return branding.organization() + ": "
                + messages.getMessage("sms.reply." + kind, organization, Locale.forLanguageTag("es")) + " "
                + messages.getMessage("sms.reply." + kind, organization, Locale.ENGLISH);
    }

    private static String shorten(String name, String value) {
        boolean shortened = name.endsWith("Title") || name.equals("place") || name.equals("publicBody");
        if (!shortened || value.codePointCount(0, value.length()) <= TEXT_PARAMETER_LIMIT) {
            return value;
        }
        int end = value.offsetByCodePoints(0, TEXT_PARAMETER_LIMIT - 3);
        return value.substring(0, end).stripTrailing() + "...";
    }

    private static String tidy(String text) {
        String trimmed = TRAILING_SPACES.matcher(text.replace("\r\n", "\n")).replaceAll("\n");
        return BLANK_LINES.matcher(trimmed).replaceAll("\n\n").strip() + "\n";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
