/**
 * What the services count during a run, read from each one's {@code /actuator/prometheus}: MongoDB commands by name
 * (and by collection) and Kafka records sent by topic, per operation. Counts, unlike CPU time, do not depend on what
 * else runs on the machine.
 */
package org.plaza.bench.meters;
