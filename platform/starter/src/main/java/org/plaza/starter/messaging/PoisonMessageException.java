package org.plaza.starter.messaging;

/**
 * A message that can never be handled (no CloudEvents id, a payload that does not match its type):
 * it is not retried but sent straight to the dead-letter topic, so the partition keeps flowing.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
