package org.plaza.insights.health;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the Prometheus text exposition format, just enough to find a metric's samples:
 * {@code name{label="v",...} value [timestamp]} lines, comments skipped.
 */
final class PrometheusText {

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    record Sample(String name, String labels, double value) {
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space;
            String name;
            String labels = "";
            if (brace >= 0 && brace < line.indexOf(' ')) {
                int close = line.lastIndexOf('}');
                if (close < brace) {
                    continue;
                }
                name = line.substring(0, brace);
                labels = line.substring(brace + 1, close);
                space = close + 1;
            } else {
                space = line.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                name = line.substring(0, space);
            }
            String[] rest = line.substring(space).strip().split("\\s+");
            try {
                samples.add(new Sample(name, labels, Double.parseDouble(rest[0])));
            } catch (NumberFormatException e) {
                // not a sample line we understand; skip it
            }
        }
        return new PrometheusText(samples);
    }

    /** Sum of a metric's samples over all label sets; empty when the metric is not exposed. */
    OptionalDouble sum(String name) {
        List<Sample> matching = samples.stream().filter(s -> s.name().equals(name)).toList();
        return matching.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(matching.stream().mapToDouble(Sample::value).filter(v -> !Double.isNaN(v)).sum());
    }

    /** Largest sample of a metric; empty when the metric is not exposed. */
    OptionalDouble max(String name) {
        return samples.stream().filter(s -> s.name().equals(name)).mapToDouble(Sample::value)
                .filter(v -> !Double.isNaN(v)).max();
    }
}
