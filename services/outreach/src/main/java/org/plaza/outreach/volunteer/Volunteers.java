package org.plaza.outreach.volunteer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every registered volunteer. */
public interface Volunteers extends MongoRepository<Volunteer, String> {

    Optional<Volunteer> findBySupporterId(String supporterId);

    List<Volunteer> findByCommunityAndContactConsentTrue(String community);
}
