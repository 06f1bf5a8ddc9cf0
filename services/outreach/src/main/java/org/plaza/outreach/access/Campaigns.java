package org.plaza.outreach.access;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Campaigns as the campaigns service last announced them. */
public interface Campaigns extends MongoRepository<Campaign, String> {
}
