package org.plaza.systemtests.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Tokens Plaza must refuse: well-formed RS256 JWTs signed with a key identity never had. */
final class ForeignTokens {

    private ForeignTokens() {
    }

    /** A token naming {@code issuer}, for {@code sub} with {@code roles}, signed by a stranger's key. */
    static String signedByAStranger(String issuer, String sub, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair stranger = generator.generateKeyPair();
            long now = Instant.now().getEpochSecond();
            String header = base64("{\"alg\":\"RS256\",\"kid\":\"stranger\"}");
            String payload = base64("{\"iss\":\"" + issuer + "\",\"sub\":\"" + sub + "\",\"iat\":" + now
                    + ",\"exp\":" + (now + 600) + ",\"roles\":[\"" + String.join("\",\"", roles) + "\"]}");
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(stranger.getPrivate());
            rs256.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
