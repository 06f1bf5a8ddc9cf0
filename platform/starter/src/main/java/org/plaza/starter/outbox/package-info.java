/**
 * Transactional outbox without transactions: an aggregate's pending events live inside its own
 * document, so state and the intent to publish are saved in one atomic write; the relay publishes
 * them to Kafka in order per aggregate and removes them once the broker has acknowledged.
 */
package org.plaza.starter.outbox;
