/**
 * Events on the wire: the CloudEvents binary envelope, publishing through Spring Cloud Stream, and
 * idempotent consumption with retries, dead-letter topics and their metrics.
 */
package org.plaza.starter.messaging;
