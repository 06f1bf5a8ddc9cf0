/** What the service's tests share: one Spring context on Kafka and MongoDB, a clock they can move, and a scenario builder. */
package org.plaza.outreach.testing;
