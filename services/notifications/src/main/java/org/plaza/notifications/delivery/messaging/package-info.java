/** Kafka adapters: notification requests in, and the domain events that cancel scheduled sends. */
package org.plaza.notifications.delivery.messaging;
