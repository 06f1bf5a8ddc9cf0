/** A real Apache Kafka broker (KRaft, combined broker and controller) run from the Maven artifacts. */
package org.plaza.devstack.kafka;
