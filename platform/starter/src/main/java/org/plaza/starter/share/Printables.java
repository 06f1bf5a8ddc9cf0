package org.plaza.starter.share;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answers of an item's {@code qr.png} and {@code flyer.pdf} addresses, the same in every service. */
public final class Printables {

    private Printables() {
    }

    /** The QR code of {@code itemUrl} with {@code ?src=qr}, as a PNG. */
    public static ResponseEntity<byte[]> qr(String itemUrl) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                .body(QrCodes.png(ShareLinks.withSource(itemUrl, "qr")));
    }

    /**
     * The flyer of an item: its titles, its one-line ask ({@code askKey} in both languages), its page
     * {@code itemUrl} and the organization ({@code plaza.share.organization}), as {@link #flyer(Flyer, String)}.
     */
    public static ResponseEntity<byte[]> flyer(MessageSource messages, String titleEs, String titleEn, String askKey,
            String itemUrl, String name) {
        Locale spanish = Locale.forLanguageTag("es");
        return flyer(Flyer.of(titleEs, titleEn, messages.getMessage(askKey, null, spanish),
                messages.getMessage(askKey, null, Locale.ENGLISH), itemUrl,
                messages.getMessage("plaza.share.organization", null, spanish)), name);
    }

    /** {@code flyer} as a PDF that opens in the browser, named {@code name.pdf} when saved. */
    public static ResponseEntity<byte[]> flyer(Flyer flyer, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build().toString())
                .body(flyer.pdf());
    }
}
