/** The Kafka edge of the projection: one consumer per producing service's topic, each a thin adapter. */
package org.plaza.campaigns.action.messaging;
