package org.plaza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsInboxTest {

    @Test
    void theCodeIsReadOutsideTheQuotedTitleEvenWhenTheTitleEndsWithSixDigits() {
        SmsInbox.Text text = new SmsInbox.Text("SM1", "outbound-api", "+17605550100", "+17605550146",
                "Plaza: tu código para firmar \"Agua limpia en Oasis 644099\" es 318275. No lo compartas.", "delivered");

        assertThat(text.code()).isEqualTo("318275");
    }

    @Test
    void aTextWithoutAQuotedNameGivesItsCode() {
        SmsInbox.Text text = new SmsInbox.Text("SM2", "outbound-api", "+17605550100", "+17605550146",
                "Plaza: your code to see your data is 902114. Don't share it.", "delivered");

        assertThat(text.code()).isEqualTo("902114");
    }
}
