package org.plaza.petitions.petition.web;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionCatalog;
import org.plaza.petitions.tally.Counts;
import org.plaza.petitions.tally.LiveCounts;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/petitions/{slug}/counts}: verified signatures, by community and by channel, at most
 * about a second old, with {@code Cache-Control: public, max-age=1} so caches in front absorb a crowd. Signatures
 * waiting for their confirmation are left out: anyone can sign with any address, and a second signature with an
 * address that already signed leaves such a figure unchanged while a new one raises it, so it would tell a stranger
 * whether that person signed. Only the owner of the address can make a verified figure move.
 */
@RestController
class PublicCountsApi {

    private final PetitionCatalog catalog;
    private final LiveCounts counts;

    PublicCountsApi(PetitionCatalog catalog, LiveCounts counts) {
        this.catalog = catalog;
        this.counts = counts;
    }

    @GetMapping("/api/public/petitions/{slug}/counts")
    ResponseEntity<PetitionCounts> counts(@PathVariable String slug) {
        Petition petition = catalog.publicPetition(slug);
        Counts current = counts.get(petition.id());
        Integer goal = petition.details().signatureGoal();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(1, TimeUnit.SECONDS).cachePublic())
                .body(new PetitionCounts(petition.id(), petition.slug(), petition.status().name(),
                        goal == null ? 0 : goal, current.verified(), current.byCommunitySorted(), current.asOf(),
                        current.byChannelOf()));
    }

    /** The counts as JSON; {@code byChannel} splits {@code verified} into WEB, PAPER_FORM and CANVASS. */
    record PetitionCounts(String petitionId, String slug, String status, int signatureGoal, long verified,
            Map<String, Long> byCommunity, Instant asOf, Map<String, Long> byChannel) {
    }
}
