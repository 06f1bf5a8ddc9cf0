package org.plaza.gateway.routing;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

import org.plaza.gateway.limits.BodyTooLargeException;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * When a request cannot be proxied: a service that cannot be reached gives 503 with the localized "try
 * again soon" page or problem; one that accepts the request but does not answer within the read timeout
 * ({@code spring.http.clients.read-timeout}) gives 504; a chunked body cut off for being too large gives 413.
 */
@Component
class UnavailableServices implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        try {
            return next.handle(request);
        } catch (ResourceAccessException unreachable) {
            for (Throwable cause = unreachable; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyTooLargeException) {
                    throw new PlazaProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                            "plaza.problem.payload-too-large");
                }
                if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
                    throw new PlazaProblem(HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                            "gateway.problem.service-timeout");
                }
            }
            throw new PlazaProblem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "gateway.problem.service-unavailable");
        }
    }
}
