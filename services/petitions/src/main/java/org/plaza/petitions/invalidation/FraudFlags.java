package org.plaza.petitions.invalidation;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.Document;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionService;
import org.plaza.petitions.signature.Signature;
import org.plaza.petitions.signature.Signatures;
import org.plaza.petitions.tally.Contribution;
import org.plaza.petitions.tally.Tallies;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.security.StaffMember;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The review of silently flagged signatures: where they came from (by reason, network and domain), and
 * clearing flags so that genuine signatures count. Flagged signatures that turn out to be fraud are
 * invalidated with the FRAUD_FLAG criterion instead.
 */
@Service
public class FraudFlags {

    private static final int TOP = 20;
    private static final int ATTEMPTS = 5;

    private final PetitionService petitions;
    private final Signatures signatures;
    private final MongoTemplate mongo;
    private final Tallies tallies;
    private final Clock clock;

    FraudFlags(PetitionService petitions, Signatures signatures, MongoTemplate mongo, Tallies tallies, Clock clock) {
        this.petitions = petitions;
        this.signatures = signatures;
        this.mongo = mongo;
        this.tallies = tallies;
        this.clock = clock;
    }

    public Summary summary(StaffMember staff, String petitionId) {
        Petition petition = petitions.manageable(staff, petitionId);
        Map<String, Integer> byReason = new HashMap<>();
        Map<String, Integer> byNetwork = new HashMap<>();
        Map<String, Integer> byDomain = new HashMap<>();
        int[] total = { 0 };
        try (Stream<Document> docs = mongo.stream(flagged(petition.id()), Document.class, "signatures")) {
            docs.forEach(doc -> {
                total[0]++;
                Document flag = doc.get("flag", Document.class);
                byReason.merge(flag == null ? "UNKNOWN" : flag.getString("reason"), 1, Integer::sum);
                Document signer = doc.get("signer", Document.class);
                if (signer != null) {
                    count(byNetwork, signer.getString("clientNetwork"));
                    count(byDomain, signer.getString("emailDomain"));
                }
            });
        }
        return new Summary(total[0], byReason, top(byNetwork), top(byDomain));
    }

    /** Clears the flags of the given signatures (or of all flagged ones when the list is empty); returns how many. */
    public int clear(StaffMember staff, String petitionId, List<String> signatureIds) {
        Petition petition = petitions.manageable(staff, petitionId);
        List<String> ids = signatureIds == null || signatureIds.isEmpty() ? flaggedIds(petition.id()) : signatureIds;
        int cleared = 0;
        for (String id : ids) {
            if (clearOne(petition.id(), id, staff)) {
                cleared++;
            }
        }
        return cleared;
    }

    private boolean clearOne(String petitionId, String signatureId, StaffMember staff) {
        return Retries.onConflict(ATTEMPTS, () -> {
            Signature signature = signatures.findById(signatureId).filter(s -> s.petitionId().equals(petitionId))
                    .orElse(null);
            if (signature == null) {
                return false;
            }
            Contribution before = signature.contribution();
            if (!signature.clearFlag(staff.id(), clock.instant())) {
                return false;
            }
            signatures.save(signature);
            tallies.change(petitionId, signatureId, before, signature.contribution());
            return true;
        });
    }

    private List<String> flaggedIds(String petitionId) {
        Query query = flagged(petitionId);
        query.fields().include("_id");
        try (Stream<Document> docs = mongo.stream(query, Document.class, "signatures")) {
            return docs.map(doc -> doc.getString("_id")).toList();
        }
    }

    private static Query flagged(String petitionId) {
        Query query = Query.query(Criteria.where("petitionId").is(petitionId).and("flag").ne(null));
        query.fields().include("_id", "flag", "signer.clientNetwork", "signer.emailDomain");
        return query;
    }

    private static void count(Map<String, Integer> counts, String key) {
        if (key != null) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    private static Map<String, Integer> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** Flagged signatures of a petition: how many, why, and the busiest networks and domains. */
    public record Summary(int flagged, Map<String, Integer> byReason, Map<String, Integer> topNetworks,
            Map<String, Integer> topDomains) {
    }
}
