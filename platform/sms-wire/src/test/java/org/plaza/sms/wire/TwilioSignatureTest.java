package org.plaza.sms.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    /** The example of Twilio's documentation on validating requests: auth token 12345. */
    private static Map<String, List<String>> documentedParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("CallSid", List.of("CA1234567890ABCDE"));
        parameters.put("Caller", List.of("+12349013030"));
        parameters.put("Digits", List.of("1234"));
        parameters.put("From", List.of("+12349013030"));
        parameters.put("To", List.of("+18005551212"));
        return parameters;
    }

    @Test
    void signsTwilioDocumentedExampleAsTwilioDoes() {
        assertThat(new TwilioSignature("12345").sign(URL, documentedParameters()))
                .isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    @Test
    void parametersAreSortedByNameWhateverOrderTheyCameIn() {
        List<String> names = new ArrayList<>(documentedParameters().keySet());
        Collections.reverse(names);
        Map<String, List<String>> reversed = new LinkedHashMap<>();
        names.forEach(name -> reversed.put(name, documentedParameters().get(name)));

        assertThat(new TwilioSignature("12345").verify(URL, reversed, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
    }

    @Test
    void aChangedParameterUrlOrTokenDoesNotVerify() {
        Map<String, List<String>> changed = new LinkedHashMap<>(documentedParameters());
        changed.put("Digits", List.of("9999"));
        TwilioSignature signature = new TwilioSignature("12345");

        assertThat(signature.verify(URL, changed, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(signature.verify(URL + "&baz=3", documentedParameters(), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
        assertThat(new TwilioSignature("54321").verify(URL, documentedParameters(), "0/KCTR6DLpKmkAf8muzZqo1nDgQ="))
                .isFalse();
        assertThat(signature.verify(URL, documentedParameters(), null)).isFalse();
        assertThat(signature.verify(URL, documentedParameters(), "")).isFalse();
    }

    @Test
    void aParameterGivenTwiceCountsEachValueInOrderOfValue() {
        TwilioSignature signature = new TwilioSignature("12345");
        String both = signature.sign(URL, Map.of("Media", List.of("b", "a")));

        assertThat(both).isEqualTo(signature.sign(URL, Map.of("Media", List.of("a", "b"))));
        assertThat(both).isNotEqualTo(signature.sign(URL, Map.of("Media", List.of("a"))));
    }
}
