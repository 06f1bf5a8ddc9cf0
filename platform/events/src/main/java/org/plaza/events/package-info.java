/**
 * Plaza's event contracts: one record, one JSON Schema and one sample per event type, and
 * {@link org.plaza.events.EventTypes} to map records, type names and Kafka topics.
 */
package org.plaza.events;
