package org.plaza.gateway.signin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets the CSRF check read the {@code _csrf} field of a file-upload form ({@code multipart/form-data}), which the
 * servlet container does not parse here because the gateway streams bodies to the services. The body (already
 * bounded by the size filter) is read once, the field is taken from its part, and the same bytes go on to the
 * service. Without this, every upload form through the gateway (a typed paper sheet, a supporters import) was
 * refused as expired.
 */
class MultipartCsrfField extends OncePerRequestFilter {

    static final String FIELD = "_csrf";
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern FIELD_HEADER = Pattern.compile(
            "(?im)^content-disposition:\\s*form-data\\s*;(.*;)?\\s*name=\"" + FIELD + "\"\\s*(;.*)?$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !HttpMethod.POST.matches(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes();
        chain.doFilter(new ReadAgain(request, body, field(request.getContentType(), body)), response);
    }

    /** The value of the {@code _csrf} part of a multipart body, or null when it has none. */
    static String field(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return null;
        }
        String delimiter = "--" + (boundary.group(2) != null ? boundary.group(2) : boundary.group(3));
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split(Pattern.quote(delimiter))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd > 0 && FIELD_HEADER.matcher(part.substring(0, headersEnd)).find()) {
                String value = part.substring(headersEnd + 4);
                return value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value;
            }
        }
        return null;
    }

    /** The request with its body readable again and the form's token as the {@code _csrf} parameter. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;
        private final String token;

        ReadAgain(HttpServletRequest request, byte[] body, String token) {
            super(request);
            this.body = body;
            this.token = token;
        }

        @Override
        public String getParameter(String name) {
            return FIELD.equals(name) ? token : super.getParameter(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }
    }
}
