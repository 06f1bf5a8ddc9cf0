package org.plaza.comments.body;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The public bodies organizers keep. */
public interface PublicBodies extends MongoRepository<PublicBody, String> {

    List<PublicBody> findAllByOrderByNameAsc();
}
