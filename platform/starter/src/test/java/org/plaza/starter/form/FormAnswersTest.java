package org.plaza.starter.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;

class FormAnswersTest {

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aFormWithFieldErrorsComesBackAs400() {
        assertThat(FormAnswers.withErrors(response, "petitions/petition")).isEqualTo("petitions/petition");
        assertThat(response.getStatus()).isEqualTo(400);
    }

    @Test
    void aPageWithARefusalComesBackWithTheRefusalsStatus() {
        PlazaProblem overlap = PlazaProblem.conflict("shift-cancelled", "outreach.problem.shift-cancelled");

        assertThat(FormAnswers.refused(response, overlap, "outreach/volunteer-home")).isEqualTo("outreach/volunteer-home");
        assertThat(response.getStatus()).isEqualTo(409);
    }

    @Test
    void aRefusedPageNeverAnswersASuccess() {
        assertThatThrownBy(() -> FormAnswers.withStatus(response, HttpStatus.OK, "page"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
