package org.plaza.comments.comment;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The comments. */
public interface Comments extends MongoRepository<Comment, String> {

    Optional<Comment> findByActiveKey(String activeKey);

    Optional<Comment> findByLinkTokenHash(String linkTokenHash);
}
