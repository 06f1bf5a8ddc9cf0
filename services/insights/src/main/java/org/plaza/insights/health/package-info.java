/**
 * Platform health on the embedded default (no Prometheus needed): each service's health and outbox
 * scraped over loopback, consumer lag from the Kafka admin client, the dead-letter topics,
 * notification failures and signature-rate spikes.
 */
package org.plaza.insights.health;
