package org.plaza.petitions.signature;

import java.util.Date;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The counting signatures of a petition as a stream of rows, read through a cursor with a projection, so
 * an export of 100,000 signatures holds one batch in memory, not all of them. Close the stream.
 */
@Component
public class SignerRows {

    private final MongoTemplate mongo;

    SignerRows(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Stream<SignerRow> counting(String petitionId) {
        Query query = Query.query(Criteria.where("petitionId").is(petitionId)
                .and("status").is(SignatureStatus.VERIFIED.name()).and("invalidation").is(null).and("flag").is(null));
        query.fields().include("signer.fullName", "signer.comment", "community", "language", "verifiedAt",
                "updatesOptIn", "volunteerOptIn", "commentModeration", "channel", "paper.sheet", "paper.collectedOn");
        query.cursorBatchSize(500);
        return mongo.stream(query, Document.class, "signatures").map(this::row);
    }

    private SignerRow row(Document doc) {
        Document signer = doc.get("signer", Document.class);
        String name = signer == null ? null : signer.getString("fullName");
        String comment = signer == null || doc.get("commentModeration") != null ? null : signer.getString("comment");
        Date verifiedAt = doc.getDate("verifiedAt");
        Document paperDoc = doc.get("paper", Document.class);
        PaperEntry paper = paperDoc == null ? null : mongo.getConverter().read(PaperEntry.class, paperDoc);
        String channel = doc.getString("channel");
        return new SignerRow(doc.getString("_id"), name, doc.getString("community"), doc.getString("language"),
                verifiedAt == null ? null : verifiedAt.toInstant(), Boolean.TRUE.equals(doc.getBoolean("updatesOptIn")),
                Boolean.TRUE.equals(doc.getBoolean("volunteerOptIn")), comment,
                channel == null ? Signature.CHANNEL_WEB : channel, paper == null ? null : paper.sheet(),
                paper == null ? null : paper.collectedOn());
    }
}
