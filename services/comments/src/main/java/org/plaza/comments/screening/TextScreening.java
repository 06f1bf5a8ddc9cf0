package org.plaza.comments.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Flags comment text for moderation. Abusive language is matched word by word (accents and case
 * ignored) against {@code screening/abusive-words.txt}, in Spanish and English; personal data is an
 * email address or a North American phone number in the text. Flags only route a comment to a person:
 * nothing is rejected automatically.
 */
@Component
public class TextScreening {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern PHONE = Pattern.compile(
            "(?<!\\d)(\\+?1[\\s.-]?)?(\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Set<String> abusiveWords;

    public TextScreening() {
        this(new ClassPathResource("screening/abusive-words.txt"));
    }

    TextScreening(Resource words) {
        this.abusiveWords = load(words);
    }

    public Set<Flag> flags(String... texts) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String text : texts) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            if (EMAIL.matcher(text).find() || PHONE.matcher(text).find()) {
                flags.add(Flag.PERSONAL_DATA);
            }
            for (String word : NON_WORD.split(fold(text))) {
                if (abusiveWords.contains(word)) {
                    flags.add(Flag.ABUSIVE);
                    break;
                }
            }
        }
        return flags;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(Resource resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = fold(line.strip());
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the abusive-language list", e);
        }
        return Set.copyOf(words);
    }
}
