package org.plaza.petitions.signature.web;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionCatalog;
import org.plaza.starter.share.Printables;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What organizers print for a published petition: {@code GET /petitions/{slug}/qr.png}, the QR code of the petition's
 * address (with {@code ?src=qr}), and {@code GET /petitions/{slug}/flyer.pdf}, a bilingual letter-size flyer with it.
 */
@Controller
@RequestMapping("/petitions/{slug}")
class PetitionPrintables {

    private final PetitionCatalog catalog;
    private final PetitionSettings settings;
    private final MessageSource messages;

    PetitionPrintables(PetitionCatalog catalog, PetitionSettings settings, MessageSource messages) {
        this.catalog = catalog;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String slug) {
        return Printables.qr(pageUrl(catalog.publicPetition(slug)));
    }

    @GetMapping("/flyer.pdf")
    ResponseEntity<byte[]> flyer(@PathVariable String slug) {
        Petition petition = catalog.publicPetition(slug);
        return Printables.flyer(messages, petition.title("es"), petition.title("en"), "petition.flyer.ask",
                pageUrl(petition), petition.slug());
    }

    private String pageUrl(Petition petition) {
        return UriComponentsBuilder.fromUri(settings.publicBaseUrl()).path("/petitions/{slug}")
                .buildAndExpand(petition.slug()).encode().toUriString();
    }
}
