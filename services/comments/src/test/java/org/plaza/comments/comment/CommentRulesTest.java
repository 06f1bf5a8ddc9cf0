package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.TestDrives;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.phone.PhoneSettings;
import org.plaza.starter.vocabulary.Vocabulary;

class CommentRulesTest {

    private final CommentRules rules = new CommentRules(Vocabulary.platformDefaults(),
            new PhoneNumbers(new PhoneSettings(null, null)));
    private final CommentDrive drive = TestDrives.open("drv_1", Instant.now().plus(Duration.ofDays(2)), false, true);

    @Test
    void acceptsAWellFilledFormAndTidiesIt() {
        CommentRules.Checked checked = rules.check(form("  María López ", "mecca", "support",
                "Estoy a favor.\r\nGracias."), drive);
        assertThat(checked.content().name()).isEqualTo("María López");
        assertThat(checked.content().community()).isEqualTo("MECCA");
        assertThat(checked.content().position()).isEqualTo(Position.SUPPORT);
        assertThat(checked.content().text()).isEqualTo("Estoy a favor.\nGracias.");
        assertThat(checked.email()).isEqualTo("maria@example.org");
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        CommentForm empty = new CommentForm();
        assertThat(fields(empty)).containsExactly("name", "email", "community", "position", "comment", "language");
    }

    @Test
    void refusesBlankText() {
        assertThat(problems(form("Ana", "MECCA", "OPPOSE", "   \n  "))).containsExactly("comment:comments.form.comment.required");
    }

    @Test
    void refusesTextLongerThanTheBodysLimitCountingCharactersNotBytes() {
        assertThat(fields(form("Ana", "MECCA", "OPPOSE", "ñ".repeat(500)))).isEmpty();
        InvalidCommentException tooLong = catchThrowableOfType(InvalidCommentException.class,
                () -> rules.check(form("Ana", "MECCA", "OPPOSE", "ñ".repeat(501)), drive));
        assertThat(tooLong.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("comments.form.comment.too-long");
            assertThat(problem.arguments()).containsExactly(500, 501);
        });
    }

    @Test
    void refusesControlCharacters() {
        assertThat(problems(form("Ana", "MECCA", "OPPOSE", "Hola\u0000mundo")))
                .containsExactly("comment:comments.form.comment.control-characters");
        assertThat(problems(form("Ana\u0007", "MECCA", "OPPOSE", "Hola")))
                .containsExactly("name:comments.form.control-characters");
    }

    @Test
    void refusesUnknownPositionsCommunitiesAndLanguages() {
        CommentForm form = form("Ana", "ATLANTIS", "MAYBE", "Hola");
        form.setLanguage("fr");
        assertThat(problems(form)).containsExactlyInAnyOrder("community:comments.form.community.unknown",
                "position:comments.form.position.unknown", "language:comments.form.language.unknown");
    }

    @Test
    void asksForTheSpeakingLanguageOfSpeakers() {
        CommentForm form = form("Ana", "MECCA", "OPPOSE", "Hola");
        form.setWantsToSpeak(true);
        form.setSpeakingLanguage("");
        assertThat(problems(form)).containsExactly("speakingLanguage:comments.form.speaking-language.required");
        form.setSpeakingLanguage("pua");
        assertThat(rules.check(form, drive).content().speakingLanguage()).isEqualTo("pua");
    }

    @Test
    void refusesSpeakingRequestsWhereTheBodyTakesNone() {
        CommentDrive silent = TestDrives.open("drv_2", Instant.now().plus(Duration.ofDays(2)), false, false);
        CommentForm form = form("Ana", "MECCA", "OPPOSE", "Hola");
        form.setWantsToSpeak(true);
        form.setSpeakingLanguage("es");
        assertThat(catchThrowableOfType(InvalidCommentException.class, () -> rules.check(form, silent)).problems())
                .extracting(FieldProblem::messageKey).containsExactly("comments.form.speak.not-allowed");
    }

    @Test
    void refusesInvalidEmails() {
        CommentForm form = form("Ana", "MECCA", "OPPOSE", "Hola");
        form.setEmail("ana@");
        assertThat(problems(form)).containsExactly("email:comments.form.email.invalid");
    }

    @Test
    void aMobileNumberInsteadOfAnEmailIsEnoughAndIsKeptInE164() {
        CommentForm form = form("Ana", "MECCA", "OPPOSE", "Hola");
        form.setEmail(" ");
        form.setPhone("(760) 555-0150");
        CommentRules.Checked checked = rules.check(form, drive);
        assertThat(checked.email()).isNull();
        assertThat(checked.phone()).isEqualTo("+17605550150");
    }

    @Test
    void refusesMalformedNonMobileAndForeignNumbersAndAFormWithNeitherContact() {
        CommentForm form = form("Ana", "MECCA", "OPPOSE", "Hola");
        form.setEmail(null);
        form.setPhone("12");
        assertThat(problems(form)).containsExactly("phone:plaza.phone.malformed");
        form.setPhone("(800) 234-5678");
        assertThat(problems(form)).containsExactly("phone:plaza.phone.not-mobile");
        form.setPhone("+52 744 123 4567");
        assertThat(problems(form)).containsExactly("phone:plaza.phone.region-not-allowed");
        form.setPhone("");
        assertThat(problems(form)).containsExactly("email:comments.form.contact.required");
    }

    private CommentForm form(String name, String community, String position, String text) {
        CommentForm form = new CommentForm();
        form.setName(name);
        form.setCommunity(community);
        form.setPosition(position);
        form.setComment(text);
        form.setEmail("maria@example.org");
        form.setLanguage("es");
        return form;
    }

    private List<String> fields(CommentForm form) {
        try {
            rules.check(form, drive);
            return List.of();
        } catch (InvalidCommentException invalid) {
            return invalid.problems().stream().map(FieldProblem::field).toList();
        }
    }

    private List<String> problems(CommentForm form) {
        try {
            rules.check(form, drive);
            return List.of();
        } catch (InvalidCommentException invalid) {
            return invalid.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
    }
}
