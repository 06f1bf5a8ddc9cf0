package org.plaza.supporters.erasure;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code erasures} collection, one document per erased pseudonym. */
interface Erasures extends MongoRepository<Erasure, String> {
}
