package org.plaza.notifications.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plaza.notifications.channel.DeliveryException;
import org.plaza.notifications.channel.Outgoing.Attachment;
import org.plaza.notifications.channel.ReasonCodes;
import org.springframework.stereotype.Component;

/**
 * Fetches an attachment from the service that requested the notification, at send time, so the file
 * is never stored here. Only {@code http(s)} URLs on the configured hosts are fetched (no redirects), and
 * the request carries {@code X-Plaza-Notification-Request} so the serving service can check it hands the
 * file to the request it made. A 4xx answer or a refused URL is permanent; a 5xx or a network error is retried.
 */
@Component
class AttachmentFetcher {

    static final String REQUEST_HEADER = "X-Plaza-Notification-Request";

    private final EmailSettings.Attachments settings;
    private final HttpClient http;

    AttachmentFetcher(EmailSettings settings) {
        this.settings = settings.attachments();
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Every file of a message, in order. All URLs are checked before the first is fetched, so a refused one
     * fails the message at once; any fetch that fails fails the message (retried or not, as for one file).
     */
    List<byte[]> fetchAll(List<Attachment> attachments, String requestId) throws DeliveryException {
        List<URI> uris = new ArrayList<>();
        for (Attachment attachment : attachments) {
            uris.add(allowed(attachment.uri()));
        }
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            files.add(fetch(uris.get(i), attachments.get(i).mediaType(), requestId));
        }
        return files;
    }

    private byte[] fetch(URI uri, String mediaType, String requestId) throws DeliveryException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("Accept", mediaType).header(REQUEST_HEADER, requestId).build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw DeliveryException.transientFailure(ReasonCodes.ATTACHMENT_UNAVAILABLE,
                    "attachment host did not answer: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure(ReasonCodes.ATTACHMENT_UNAVAILABLE, "interrupted", e);
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status >= 500 || status == 408 || status == 429) {
                throw DeliveryException.transientFailure(ReasonCodes.ATTACHMENT_UNAVAILABLE,
                        "attachment host answered " + status, null);
            }
            if (status != 200) {
                throw DeliveryException.permanentFailure(ReasonCodes.ATTACHMENT_UNAVAILABLE,
                        "attachment host answered " + status, null);
            }
            return read(body);
        } catch (IOException e) {
            throw DeliveryException.transientFailure(ReasonCodes.ATTACHMENT_UNAVAILABLE,
                    "attachment download broke off: " + e.getClass().getSimpleName(), e);
        }
    }

    private byte[] read(InputStream body) throws IOException, DeliveryException {
        long max = settings.maxSize().toBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = body.read(buffer)) != -1) {
            if (out.size() + read > max) {
                throw DeliveryException.permanentFailure(ReasonCodes.ATTACHMENT_UNAVAILABLE,
                        "attachment is larger than " + settings.maxSize(), null);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private URI allowed(String value) throws DeliveryException {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DeliveryException.permanentFailure(ReasonCodes.ATTACHMENT_UNAVAILABLE, "attachment URL is malformed", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getUserInfo() != null
                || settings.allowedHosts().stream().noneMatch(allowed -> allowed.equalsIgnoreCase(host))) {
            throw DeliveryException.permanentFailure(ReasonCodes.ATTACHMENT_UNAVAILABLE,
                    "attachment host " + host + " is not in plaza.notifications.email.attachments.allowed-hosts", null);
        }
        return uri;
    }
}
