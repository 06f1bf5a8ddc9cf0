package org.plaza.petitions.signature;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The signatures. Bulk reads go through {@code MongoTemplate} streams with a projection instead. */
public interface Signatures extends MongoRepository<Signature, String> {

    Optional<Signature> findByPetitionIdAndSupporterId(String petitionId, String supporterId);
}
