package org.plaza.petitions.signature;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The signatures. Bulk reads go through {@code MongoTemplate} streams with a projection instead. */
public interface Signatures extends MongoRepository<Signature, String> {

    Optional<Signature> findByPetitionIdAndSupporterId(String petitionId, String supporterId);

    /** A signature of the petition that gave this mobile number (E.164), alone or with an email. */
    Optional<Signature> findFirstByPetitionIdAndSignerPhone(String petitionId, String phone);
}
