package org.plaza.campaigns.action;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One signature of a petition, as far as counting goes: it counts when verified and no invalidation
 * batch holds it. One document per signature keeps the write path free of a hot counter and makes
 * every event an idempotent upsert, whatever order verifications and invalidations arrive in.
 */
@Document(SignatureMark.COLLECTION)
@CompoundIndex(name = "petition_counted", def = "{'petitionId': 1, 'verified': 1}")
record SignatureMark(String petitionId, @Id String signatureId, boolean verified, List<String> invalidatedBy) {

    static final String COLLECTION = "petition_signatures";
}
