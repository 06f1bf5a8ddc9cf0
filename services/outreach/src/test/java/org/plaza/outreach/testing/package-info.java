/**
 * What the service's tests share: one Spring context on Kafka and MongoDB, a clock they can move, a scenario builder and
 * races of concurrent attempts.
 */
package org.plaza.outreach.testing;
