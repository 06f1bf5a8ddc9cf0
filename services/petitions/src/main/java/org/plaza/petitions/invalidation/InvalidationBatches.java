package org.plaza.petitions.invalidation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The invalidation batches. */
interface InvalidationBatches extends MongoRepository<InvalidationBatch, String> {

    List<InvalidationBatch> findByPetitionIdOrderByCreatedAtDesc(String petitionId);

    List<InvalidationBatch> findByStatusIn(Collection<InvalidationBatch.Status> statuses);
}
