package org.plaza.comments.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Turns a service's refusal into what a staff page shows: the problem's title and detail at the top, and
 * each field error next to its field when the form has that field.
 */
@Component
public class StaffPages {

    private final MessageSource messages;

    StaffPages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Puts the problem's field errors on the form's fields; the others stay in the explanation. A plain
     * validation problem whose errors all went next to their fields needs no explanation (null).
     */
    public Explained refuse(PlazaProblem problem, BindingResult errors, Collection<String> formFields, Locale locale) {
        List<String> elsewhere = new ArrayList<>();
        problem.getFieldErrors().forEach(field -> {
            if (errors != null && formFields.contains(field.name())) {
                errors.rejectValue(field.name(), field.messageKey(), field.arguments(), null);
            } else {
                elsewhere.add(messages.getMessage(field.messageKey(), field.arguments(), field.messageKey(), locale));
            }
        });
        if (elsewhere.isEmpty() && errors != null && "plaza.problem.validation".equals(problem.getMessageKey())) {
            return null;
        }
        return new Explained(title(problem, locale),
                messages.getMessage(problem.getMessageKey(), problem.getArguments(), problem.getMessageKey(), locale),
                elsewhere);
    }

    /** The problem in the staff member's language, field errors listed under it. */
    public Explained explain(PlazaProblem problem, Locale locale) {
        return refuse(problem, null, List.of(), locale);
    }

    /** One message in the staff member's language. */
    public String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private String title(PlazaProblem problem, Locale locale) {
        return messages.getMessage(problem.getMessageKey() + ".title", null,
                messages.getMessage("plaza.problem.error.title", null, "", locale), locale);
    }

    /** A refusal as a page shows it. */
    public record Explained(String title, String detail, List<String> fields) {
    }
}
