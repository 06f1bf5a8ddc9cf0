package org.plaza.starter.warmup;

/**
 * Work a service does once at start-up, after its web server and Kafka bindings have started and before its
 * readiness turns to accepting traffic: opening what the first request would open (a connection pool, a producer's
 * metadata), rendering what it would render. It must write nothing anyone can see, send nothing and publish no
 * event. A failure is logged and does not stop the start.
 */
@FunctionalInterface
public interface WarmUp {

    void warmUp() throws Exception;
}
