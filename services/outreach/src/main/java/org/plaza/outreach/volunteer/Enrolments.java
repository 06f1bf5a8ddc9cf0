package org.plaza.outreach.volunteer;

import java.time.Instant;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Sign-ups waiting for (or past) their email confirmation. */
public interface Enrolments extends MongoRepository<Enrolment, String> {

    long countBySupporterIdAndRequestedAtAfter(String supporterId, Instant after);
}
