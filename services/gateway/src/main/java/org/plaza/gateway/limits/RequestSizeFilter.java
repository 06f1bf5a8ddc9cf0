package org.plaza.gateway.limits;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies larger than allowed with 413 (the localized "request too large" page or
 * problem): at once when {@code Content-Length} says so, and while reading when a chunked body grows
 * past the limit. Staff paths may send more (imports) than resident paths.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxStaffBody;

    RequestSizeFilter(long maxBody, long maxStaffBody) {
        this.maxBody = maxBody;
        this.maxStaffBody = maxStaffBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        long limit = path.startsWith("/staff/") || path.startsWith("/api/staff/") ? maxStaffBody : maxBody;
        if (request.getContentLengthLong() > limit) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (causedByTooLarge(failure) && !response.isCommitted()) {
                response.resetBuffer();
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                return;
            }
            throw failure;
        }
    }

    private static boolean causedByTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** A request whose body stream fails once it passes the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
