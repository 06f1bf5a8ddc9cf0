package org.plaza.comments.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextScreeningTest {

    private final TextScreening screening = new TextScreening();

    @Test
    void flagsAbusiveWordsInEitherLanguageIgnoringAccentsAndCase() {
        assertThat(screening.flags("Los de la junta son unos PENDEJOS")).containsExactly(Flag.ABUSIVE);
        assertThat(screening.flags("This board is full of idiots? No: an IDIOT")).containsExactly(Flag.ABUSIVE);
        assertThat(screening.flags("Es un estúpido aumento")).containsExactly(Flag.ABUSIVE);
    }

    @Test
    void flagsOtherPeoplesEmailsAndPhoneNumbers() {
        assertThat(screening.flags("Llamen al director al (760) 555-0142")).containsExactly(Flag.PERSONAL_DATA);
        assertThat(screening.flags("His number is 760.555.0142")).containsExactly(Flag.PERSONAL_DATA);
        assertThat(screening.flags("Escriban a maria.lopez@ejemplo.org")).containsExactly(Flag.PERSONAL_DATA);
    }

    @Test
    void leavesOrdinaryCommentsAlone() {
        assertThat(screening.flags("Pagamos $120 al mes por 2 hijos; el aumento de 15% en 2026 es demasiado."))
                .isEmpty();
        assertThat(screening.flags("Scunthorpe and class assignments are fine words")).isEmpty();
    }
}
