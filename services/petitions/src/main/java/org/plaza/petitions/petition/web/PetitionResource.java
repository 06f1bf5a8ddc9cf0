package org.plaza.petitions.petition.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionDetails;
import org.plaza.petitions.tally.Counts;

/** A petition as the staff API returns it, with its current counts. */
record PetitionResource(String id, String slug, String campaignId, String status, PetitionDetails details,
        List<Integer> milestones, List<String> missingForPublish, String createdBy, Instant createdAt,
        Instant publishedAt, Instant closedAt, String closeReason, DeliveryResource delivery,
        ResponseResource response, Instant signersAnonymizedAt, CountsResource counts) {

    static PetitionResource of(Petition petition, Counts counts) {
        return new PetitionResource(petition.id(), petition.slug(), petition.campaignId(), petition.status().name(),
                petition.details(), petition.details().effectiveMilestones(), petition.details().missingForPublish(),
                petition.createdBy(), petition.createdAt(), petition.publishedAt(), petition.closedAt(),
                petition.closeReason() == null ? null : petition.closeReason().name(),
                petition.delivery() == null ? null : new DeliveryResource(petition.delivery().deliveredOn(),
                        petition.delivery().method().name(), petition.delivery().notes(),
                        petition.delivery().verifiedSignatureCount()),
                petition.response() == null ? null : new ResponseResource(petition.response().respondedOn(),
                        petition.response().outcome().name(), petition.response().summaryEs(),
                        petition.response().summaryEn()),
                petition.signersAnonymizedAt(),
                new CountsResource(counts.total(), counts.verified(), counts.pending(), counts.byCommunitySorted()));
    }

    record DeliveryResource(LocalDate deliveredOn, String method, String notes, long verifiedSignatureCount) {
    }

    record ResponseResource(LocalDate respondedOn, String outcome, String summaryEs, String summaryEn) {
    }

    record CountsResource(long total, long verified, long pending, Map<String, Long> byCommunity) {
    }
}
