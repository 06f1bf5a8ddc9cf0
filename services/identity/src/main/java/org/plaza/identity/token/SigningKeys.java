package org.plaza.identity.token;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import com.mongodb.MongoWriteException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs tokens, kept in identity's MongoDB so that tokens stay valid across restarts
 * and every identity instance signs with the same key. The first instance to start creates it; the
 * others read it. (The private key is stored as is: whoever can read identity's database is trusted.)
 */
@Component
class SigningKeys {

    static final String COLLECTION = "signing_keys";
    private static final String CURRENT = "current";

    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile JWKSet keys;

    SigningKeys(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    JWKSet keys() {
        JWKSet loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = new JWKSet(loadOrCreate());
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private RSAKey loadOrCreate() {
        Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", CURRENT)).first();
        if (stored == null) {
            try {
                mongo.getCollection(COLLECTION).insertOne(generate());
            } catch (MongoWriteException anotherInstanceWasFirst) {
                // the other instance's key is read below
            }
            stored = mongo.getCollection(COLLECTION).find(new Document("_id", CURRENT)).first();
        }
        return read(stored);
    }

    private Document generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new Document("_id", CURRENT)
                    .append("kid", UUID.randomUUID().toString())
                    .append("publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
                    .append("privateKey", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                    .append("createdAt", Date.from(clock.instant()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey read(Document stored) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getString("publicKey"))));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getString("privateKey"))));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(stored.getString("kid")).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("The stored signing key cannot be read", e);
        }
    }
}
