/**
 * Publish Plaza events to Kafka and wait for them, the way a service sees them: CloudEvents in
 * binary mode, one topic per producing service.
 */
package org.plaza.testsupport.events;
