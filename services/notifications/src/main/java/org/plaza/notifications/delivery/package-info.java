/**
 * The heart of the service: a notification per request id (the idempotency key), its state machine
 * (pending, sending, sent, failed…), the dispatch queue of unfinished ones, the dispatcher that sends due
 * notifications once with retries, scheduled sends, cancellations, and the purge of contact details.
 */
package org.plaza.notifications.delivery;
