/**
 * What the services count during a run, read from each one's {@code /actuator/prometheus}: MongoDB commands by name
 * (and by collection), Kafka records sent by topic and the Kafka clients' requests by kind, per operation. Counts,
 * unlike CPU time, do not depend on what else runs on the machine.
 */
package org.plaza.bench.meters;
