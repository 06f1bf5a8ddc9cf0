package org.plaza.sms.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}): HMAC-SHA1, keyed with the account's auth token, over the
 * full URL Twilio called (scheme, host, port, path and query) followed by every POST parameter sorted by name, each
 * as its name and value with nothing between; base64. A parameter given several times counts each value, in order
 * of value.
 * <p>
 * The notifications service checks Twilio's calls with it, the local SMS sink of {@code ./plaza up} signs its calls
 * with it as Twilio does: one implementation for both ends.
 */
public final class TwilioSignature {

    private final byte[] authToken;

    public TwilioSignature(String authToken) {
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature of a POST to {@code url} with {@code parameters}. */
    public String sign(String url, Map<String, List<String>> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> values.forEach(value -> pairs.add(name + "\u0000" + value)));
        pairs.sort(null);
        StringBuilder data = new StringBuilder(url);
        pairs.forEach(pair -> data.append(pair.replace("\u0000", "")));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken, "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JVM", e);
        }
    }

    /** Whether {@code signature} is the signature of that POST, compared in constant time. */
    public boolean verify(String url, Map<String, List<String>> parameters, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(sign(url, parameters).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
