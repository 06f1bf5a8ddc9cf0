package org.plaza.bench.meters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One kind of count ({@code unit}: MongoDB commands, Kafka records sent) per operation, from the start of the load
 * until the platform had settled, for every service and summed over them, broken down by {@code key} (the command's
 * name, the topic). A counter that did not exist at the start (a command never sent before) counts from zero. The
 * counts are gross: what the services did at rest in the window is in it too, and shown apart as
 * {@code atRestPerSecond} (measured before the first run's preparation) so a reader can tell a poller from the load.
 *
 * @param perOperation      all services, per operation
 * @param perOperationByKey all services, per operation, by key
 */
public record PerOperation(String unit, String key, long operations, double windowSeconds, Double perOperation,
        Map<String, Double> perOperationByKey, Map<String, Service> services) {

    /**
     * One service: its count over the window, per operation, by key and by detail (for MongoDB commands: collection
     * and command), and its rate at rest.
     */
    public record Service(double count, Double perOperation, Map<String, Double> perOperationByKey,
            Map<String, Double> perOperationByDetail, Double atRestPerSecond) {
    }

    /**
     * The counts of {@code byKey} (and {@code byDetail}, null for none) between {@code start} and {@code end}, divided
     * by {@code operations}; the rate at rest from {@code restStart} to {@code restEnd}, {@code restSeconds} apart
     * (none when zero). A service missing from {@code start} or {@code end} (it did not answer) is left out.
     */
    public static PerOperation of(String unit, String key, Map<String, ServiceCounters> start,
            Map<String, ServiceCounters> end, Function<ServiceCounters, Map<String, Double>> byKey,
            Function<ServiceCounters, Map<String, Double>> byDetail, long operations, double windowSeconds,
            Map<String, ServiceCounters> restStart, Map<String, ServiceCounters> restEnd, double restSeconds) {
        Map<String, Service> services = new LinkedHashMap<>();
        Map<String, Double> allByKey = new TreeMap<>();
        double all = 0;
        for (Map.Entry<String, ServiceCounters> entry : end.entrySet()) {
            ServiceCounters first = start.get(entry.getKey());
            if (first == null) {
                continue;
            }
            Map<String, Double> counted = difference(byKey.apply(first), byKey.apply(entry.getValue()));
            double count = counted.values().stream().mapToDouble(Double::doubleValue).sum();
            counted.forEach((name, value) -> allByKey.merge(name, value, Double::sum));
            all += count;
            Map<String, Double> detail = byDetail == null ? Map.of()
                    : perOperation(difference(byDetail.apply(first), byDetail.apply(entry.getValue())), operations);
            services.put(entry.getKey(), new Service(count, divide(count, operations), perOperation(counted, operations),
                    detail, atRest(restStart.get(entry.getKey()), restEnd.get(entry.getKey()), byKey, restSeconds)));
        }
        return new PerOperation(unit, key, operations, round(windowSeconds), divide(all, operations),
                perOperation(allByKey, operations), services);
    }

    /** {@code end} less {@code start}, key by key (a key missing at the start counts from zero), zeros left out. */
    static Map<String, Double> difference(Map<String, Double> start, Map<String, Double> end) {
        Map<String, Double> difference = new TreeMap<>();
        end.forEach((name, value) -> {
            double delta = value - start.getOrDefault(name, 0.0);
            if (delta > 0) {
                difference.put(name, delta);
            }
        });
        return difference;
    }

    private static Double atRest(ServiceCounters start, ServiceCounters end,
            Function<ServiceCounters, Map<String, Double>> byKey, double seconds) {
        if (start == null || end == null || seconds <= 0) {
            return null;
        }
        double count = difference(byKey.apply(start), byKey.apply(end)).values().stream()
                .mapToDouble(Double::doubleValue).sum();
        return round(count / seconds);
    }

    private static Map<String, Double> perOperation(Map<String, Double> counts, long operations) {
        Map<String, Double> per = new TreeMap<>();
        if (operations > 0) {
            counts.forEach((name, value) -> per.put(name, round(value / operations)));
        }
        return per;
    }

    private static Double divide(double count, long operations) {
        return operations <= 0 ? null : round(count / operations);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
