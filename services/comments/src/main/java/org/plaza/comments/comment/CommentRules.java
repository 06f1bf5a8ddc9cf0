package org.plaza.comments.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.support.Texts;
import org.plaza.events.comments.CommentSubmitted.Position;
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

    CommentRules(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A form that passed, tidied: the content to store and the email to confirm. */
    record Checked(CommentContent content, String email) {
    }

    Checked check(CommentForm form, CommentDrive drive) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = singleLine(problems, "name", form.getName(), NAME_MAX, true);
        String email = Texts.tidy(form.getEmail());
        if (email == null || email.isEmpty()) {
            problems.add(new FieldProblem("email", "comments.form.email.required"));
        } else if (email.length() > EMAIL_MAX || !validEmail(email)) {
            problems.add(new FieldProblem("email", "comments.form.email.invalid"));
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
                email);
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
