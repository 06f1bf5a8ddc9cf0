package org.plaza.supporters.segment;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code segments} collection. */
interface SavedSegments extends MongoRepository<SavedSegment, String> {

    List<SavedSegment> findAllByOrderByCreatedAtDesc();
}
