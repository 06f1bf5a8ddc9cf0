package org.plaza.gateway.limits;

import java.io.IOException;

/** A request body read past the gateway's size limit. */
public final class BodyTooLargeException extends IOException {

    BodyTooLargeException() {
        super("Request body too large");
    }
}
