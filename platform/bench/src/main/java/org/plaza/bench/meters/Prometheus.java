package org.plaza.bench.meters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parser for the Prometheus text exposition format, as {@code /actuator/prometheus} writes it. */
public final class Prometheus {

    private Prometheus() {
    }

    /** One sample: a metric name, its labels and its value. */
    public record Series(String name, Map<String, String> labels, double value) {

        public String label(String name) {
            return labels.getOrDefault(name, "");
        }
    }

    /** Every sample of {@code text}; comment lines ({@code # HELP}, {@code # TYPE}) and unreadable lines left out. */
    public static List<Series> parse(String text) {
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                parseLine(trimmed).ifPresent(series::add);
            }
        }
        return series;
    }

    /** {@code name{label="value",…} value [timestamp]}; label values may hold escaped quotes, backslashes, newlines. */
    static Optional<Series> parseLine(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int rest;
        if (brace >= 0 && (space < 0 || brace < space)) {
            name = line.substring(0, brace);
            int end = readLabels(line, brace + 1, labels);
            if (end < 0) {
                return Optional.empty();
            }
            rest = end;
        } else if (space > 0) {
            name = line.substring(0, space);
            rest = space;
        } else {
            return Optional.empty();
        }
        String[] fields = line.substring(rest).strip().split("\\s+");
        if (name.isEmpty() || fields.length == 0 || fields[0].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Series(name, labels, Double.parseDouble(fields[0])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads labels from {@code start} (just after the brace) into {@code labels}; the index after '}', or -1. */
    private static int readLabels(String line, int start, Map<String, String> labels) {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '}') {
                return i + 1;
            }
            if (c == ',' || c == ' ') {
                i++;
                continue;
            }
            int equals = line.indexOf('=', i);
            if (equals < 0 || equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
                return -1;
            }
            String key = line.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            int j = equals + 2;
            boolean closed = false;
            while (j < line.length()) {
                char v = line.charAt(j);
                if (v == '\\' && j + 1 < line.length()) {
                    char escaped = line.charAt(j + 1);
                    value.append(escaped == 'n' ? '\n' : escaped);
                    j += 2;
                } else if (v == '"') {
                    closed = true;
                    j++;
                    break;
                } else {
                    value.append(v);
                    j++;
                }
            }
            if (!closed) {
                return -1;
            }
            labels.put(key, value.toString());
            i = j;
        }
        return -1;
    }
}
