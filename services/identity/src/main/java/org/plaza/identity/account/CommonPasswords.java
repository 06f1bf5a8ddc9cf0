package org.plaza.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The list of common and breached passwords shipped with the service ({@code identity/common-passwords.txt}). */
final class CommonPasswords {

    static final String RESOURCE = "/identity/common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    static CommonPasswords load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Set<String> passwords = new HashSet<>(64_000);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip());
                }
            }
            return new CommonPasswords(Set.copyOf(passwords));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String lowerCase) {
        return passwords.contains(lowerCase);
    }

    int size() {
        return passwords.size();
    }
}
