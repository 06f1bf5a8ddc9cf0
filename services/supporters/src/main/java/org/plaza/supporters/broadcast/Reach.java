package org.plaza.supporters.broadcast;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who a broadcast would reach now, per language: the audience, how many get an email, how many a text, and how many
 * nothing (no consent to campaign updates on a channel chosen, or no address or mobile number for it). The same rule
 * decides here and when the broadcast is queued ({@link #add}).
 *
 * @param byLanguage the counts for {@code es} and {@code en} (always both)
 */
public record Reach(Map<String, Counts> byLanguage) {

    /** The languages recipients get a broadcast in, Spanish first. */
    public static final List<String> LANGUAGES = List.of("es", "en");

    /**
     * One language's counts.
     *
     * @param audience the supporters of that language the audience matches
     * @param emails   those who get an email
     * @param texts    those who get a text
     * @param nobody   those who get nothing
     */
    public record Counts(long audience, long emails, long texts, long nobody) {
    }

    public Counts in(String language) {
        return byLanguage.getOrDefault(language, new Counts(0, 0, 0, 0));
    }

    public long audience() {
        return byLanguage.values().stream().mapToLong(Counts::audience).sum();
    }

    public long emails() {
        return byLanguage.values().stream().mapToLong(Counts::emails).sum();
    }

    public long texts() {
        return byLanguage.values().stream().mapToLong(Counts::texts).sum();
    }

    public long nobody() {
        return byLanguage.values().stream().mapToLong(Counts::nobody).sum();
    }

    /** Counts recipients one at a time. */
    public static Tally tally(BroadcastChannel channel) {
        return new Tally(channel);
    }

    /** Adds up who gets what, by the broadcast's channel and each recipient's consent and contact details. */
    public static final class Tally {

        private final BroadcastChannel channel;
        private final Map<String, long[]> counts = new TreeMap<>();

        private Tally(BroadcastChannel channel) {
            this.channel = channel;
        }

        /** A recipient as the queue sees them. */
        public Tally add(Recipient recipient) {
            return add(recipient.language(), recipient.emailable(), recipient.textable(), 1);
        }

        /**
         * {@code n} supporters of a language (anything but {@code en} counts as Spanish) who could be emailed, texted,
         * either or neither: what they get depends on the broadcast's channel.
         */
        public Tally add(String language, boolean emailable, boolean textable, long n) {
            long[] c = counts.computeIfAbsent(Recipient.language(language), k -> new long[4]);
            boolean email = channel.emailsTo(emailable);
            boolean text = channel.textsTo(textable);
            c[0] += n;
            c[1] += email ? n : 0;
            c[2] += text ? n : 0;
            c[3] += email || text ? 0 : n;
            return this;
        }

        public Reach reach() {
            Map<String, Counts> byLanguage = new TreeMap<>();
            for (String language : LANGUAGES) {
                long[] c = counts.getOrDefault(language, new long[4]);
                byLanguage.put(language, new Counts(c[0], c[1], c[2], c[3]));
            }
            return new Reach(byLanguage);
        }
    }
}
