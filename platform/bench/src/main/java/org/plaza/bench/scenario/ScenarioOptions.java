package org.plaza.bench.scenario;

import java.net.URI;
import java.time.Duration;

/**
 * What the service scenarios need besides the load: where Plaza and its Kafka are, a staff account to
 * prepare data with, and the shape of the load (petitions, viral share, shifts, the mixed blend).
 *
 * @param viralShare  fraction of signatures that go to the one viral petition (the rest spread evenly)
 * @param mix         percentages of reads, signatures and comments in the mixed scenario
 * @param settle      how long verification waits for projections to catch up before comparing
 * @param codeTimeout how long an operation waits for its emailed code on Kafka
 */
public record ScenarioOptions(URI target, String kafka, String staffUser, String staffPassword, String newStaffPassword,
        int petitions, double viralShare, int shifts, int shiftCapacity, Mix mix, Duration settle, Duration codeTimeout) {

    public static ScenarioOptions defaults(URI target) {
        return new ScenarioOptions(target, "127.0.0.1:9092", "admin", System.getenv("PLAZA_ADMIN_PASSWORD"), null, 10,
                0.5, 3, 20, Mix.parse("reads=70,signs=20,comments=10"), Duration.ofSeconds(180), Duration.ofSeconds(60));
    }

    /** Percentages of the mixed scenario. */
    public record Mix(int reads, int signs, int comments) {

        /** {@code reads=70,signs=20,comments=10}; parts left out are 0; they must add up to 100. */
        public static Mix parse(String text) {
            int reads = 0;
            int signs = 0;
            int comments = 0;
            for (String part : text.split(",")) {
                String[] pair = part.trim().split("=");
                if (pair.length != 2) {
                    throw new IllegalArgumentException("--mix expects name=percent pairs, got '" + part + "'");
                }
                int value = Integer.parseInt(pair[1].trim());
                switch (pair[0].trim()) {
                    case "reads" -> reads = value;
                    case "signs" -> signs = value;
                    case "comments" -> comments = value;
                    default -> throw new IllegalArgumentException("--mix knows reads, signs, comments; not '" + pair[0] + "'");
                }
            }
            if (reads < 0 || signs < 0 || comments < 0 || reads + signs + comments != 100) {
                throw new IllegalArgumentException("--mix percentages must be positive and add up to 100: " + text);
            }
            return new Mix(reads, signs, comments);
        }

        /** Which part operation {@code sequence} belongs to, spreading the parts evenly over every 100 operations. */
        public String partOf(long sequence) {
            long slot = (sequence * 37) % 100;
            return slot < reads ? "reads" : slot < reads + signs ? "signs" : "comments";
        }
    }
}
