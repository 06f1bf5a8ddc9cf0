package org.plaza.testsupport.sample;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored samples. */
public interface Samples extends MongoRepository<Sample, String> {
}
