package org.plaza.supporters.transfer.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.plaza.supporters.transfer.SupporterExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The CSV download answer, the same from the page link and the API. */
final class TransferResponses {

    private TransferResponses() {
    }

    static ResponseEntity<StreamingResponseBody> csv(SupporterExport.Prepared export, Clock clock) {
        String filename = "supporters-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(export::writeTo);
    }
}
