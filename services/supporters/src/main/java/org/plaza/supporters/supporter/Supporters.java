package org.plaza.supporters.supporter;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code supporters} collection. Reads only: every write goes through {@link SupporterStore}. */
public interface Supporters extends MongoRepository<Supporter, String> {
}
