package org.plaza.supporters.mydata;

import java.time.Instant;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code my_data_codes} collection. */
interface CodeRequests extends MongoRepository<CodeRequest, String> {

    long countBySupporterIdAndCreatedAtAfter(String supporterId, Instant after);

    void deleteBySupporterId(String supporterId);

    void deleteByCreatedAtBefore(Instant before);
}
