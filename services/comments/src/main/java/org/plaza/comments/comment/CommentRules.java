package org.plaza.comments.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.support.Texts;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.phone.PhoneProblem;
import org.plaza.starter.supporter.CanonicalEmail;
import org.plaza.starter.supporter.InvalidEmailException;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * Checks a comment form against the drive and the platform vocabulary: required fields, the body's length
 * limit (counted in characters after line endings are unified), no control characters, known positions,
 * communities and languages. Every problem is reported at once.
 */
@Component
class CommentRules {

    static final int NAME_MAX = 100;
    static final int ORGANIZATION_MAX = 200;
    static final int EMAIL_MAX = 254;

    private final Vocabulary vocabulary;
    private final PhoneNumbers phones;

    CommentRules(Vocabulary vocabulary, PhoneNumbers phones) {
        this.vocabulary = vocabulary;
        this.phones = phones;
    }

    /**
     * A form that passed, tidied: the content to store and the email to confirm (null when only a mobile number
     * was given), and the mobile number in E.164 (null when none was given).
     */
    record Checked(CommentContent content, String email, String phone) {
    }

    Checked check(CommentForm form, CommentDrive drive) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = singleLine(problems, "name", form.getName(), NAME_MAX, true);
        String email = Texts.tidy(form.getEmail());
        String typedPhone = Texts.tidy(form.getPhone());
        boolean hasEmail = email != null && !email.isEmpty();
        boolean hasPhone = typedPhone != null && !typedPhone.isEmpty();
        if (!hasEmail && !hasPhone) {
            problems.add(new FieldProblem("email", "comments.form.contact.required"));
        } else if (hasEmail && (email.length() > EMAIL_MAX || !validEmail(email))) {
            problems.add(new FieldProblem("email", "comments.form.email.invalid"));
        }
        String phone = null;
        if (hasPhone) {
            Optional<PhoneProblem> problem = phones.problem(typedPhone);
            problem.ifPresent(p -> problems.add(new FieldProblem("phone", p.messageKey())));
            phone = problem.isEmpty() ? phones.canonical(typedPhone).value() : null;
        }
        String community = code(form.getCommunity(), Locale.ROOT, true);
        if (community == null) {
            problems.add(new FieldProblem("community", "comments.form.community.required"));
        } else if (!vocabulary.isResidentCommunity(community)) {
            problems.add(new FieldProblem("community", "comments.form.community.unknown"));
        }
        Position position = position(problems, form.getPosition());
        String text = Texts.tidy(form.getComment());
        if (text == null || text.isEmpty()) {
            problems.add(new FieldProblem("comment", "comments.form.comment.required"));
        } else if (Texts.hasControlCharacters(text, true)) {
            problems.add(new FieldProblem("comment", "comments.form.comment.control-characters"));
        } else if (Texts.length(text) > drive.commentLengthLimit()) {
            problems.add(new FieldProblem("comment", "comments.form.comment.too-long", drive.commentLengthLimit(),
                    Texts.length(text)));
        }
        String language = code(form.getLanguage(), Locale.ROOT, false);
        if (language == null) {
            problems.add(new FieldProblem("language", "comments.form.language.required"));
        } else if (!vocabulary.isSiteLanguage(language)) {
            problems.add(new FieldProblem("language", "comments.form.language.unknown"));
        }
        String organization = singleLine(problems, "organization", form.getOrganization(), ORGANIZATION_MAX, false);
        String speakingLanguage = null;
        if (form.isWantsToSpeak()) {
            speakingLanguage = code(form.getSpeakingLanguage(), Locale.ROOT, false);
            if (!drive.speakingRequestsAllowed()) {
                problems.add(new FieldProblem("wantsToSpeak", "comments.form.speak.not-allowed"));
            } else if (speakingLanguage == null) {
                problems.add(new FieldProblem("speakingLanguage", "comments.form.speaking-language.required"));
            } else if (!vocabulary.isLanguage(speakingLanguage)) {
                problems.add(new FieldProblem("speakingLanguage", "comments.form.speaking-language.unknown"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommentException(problems);
        }
        return new Checked(new CommentContent(name, community, organization == null || organization.isEmpty() ? null
                : organization, position, text, language, form.isWantsToSpeak(), speakingLanguage, form.isVolunteer()),
                hasEmail ? email : null, phone);
    }

    private static String singleLine(List<FieldProblem> problems, String field, String raw, int max, boolean required) {
        String value = Texts.tidy(raw);
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "comments.form." + field + ".required"));
            }
            return null;
        }
        if (Texts.hasControlCharacters(value, false)) {
            problems.add(new FieldProblem(field, "comments.form.control-characters"));
        } else if (Texts.length(value) > max) {
            problems.add(new FieldProblem(field, "comments.form.too-long", max));
        }
        return value;
    }

    private static Position position(List<FieldProblem> problems, String raw) {
        String value = code(raw, Locale.ROOT, true);
        if (value == null) {
            problems.add(new FieldProblem("position", "comments.form.position.required"));
            return null;
        }
        for (Position position : Position.values()) {
            if (position.name().equals(value)) {
                return position;
            }
        }
        problems.add(new FieldProblem("position", "comments.form.position.unknown"));
        return null;
    }

    private static String code(String raw, Locale locale, boolean upper) {
        String value = Texts.tidy(raw);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return upper ? value.toUpperCase(locale) : value.toLowerCase(locale);
    }

    private static boolean validEmail(String email) {
        try {
            CanonicalEmail.of(email);
            return true;
        } catch (InvalidEmailException invalid) {
            return false;
        }
    }
}
