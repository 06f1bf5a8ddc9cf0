package org.plaza.outreach.training;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every completed training; the id is the certificate id. */
public interface TrainingCompletions extends MongoRepository<TrainingCompletion, String> {

    List<TrainingCompletion> findByVolunteerId(String volunteerId);
}
