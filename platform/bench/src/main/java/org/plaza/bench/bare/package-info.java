/**
 * The bare stack: the least a Plaza write can cost on this machine, one MongoDB insert plus one
 * outboxed event through the same Kafka, served by the same starter, so Plaza's figures can be
 * read as a ratio that compares across noisy machines.
 */
package org.plaza.bench.bare;
