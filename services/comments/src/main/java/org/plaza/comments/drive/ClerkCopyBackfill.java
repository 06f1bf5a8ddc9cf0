package org.plaza.comments.drive;

import org.plaza.comments.body.PublicBody;
import org.plaza.comments.body.PublicBodyService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives every drive opened before drives kept the clerk's address a copy of its body's current one,
 * so from then on no change of the body redirects its packets. Drives that have a copy are never touched.
 */
@Component
class ClerkCopyBackfill {

    private final PublicBodyService bodies;
    private final MongoTemplate mongo;

    ClerkCopyBackfill(PublicBodyService bodies, MongoTemplate mongo) {
        this.bodies = bodies;
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void copyClerks() {
        for (PublicBody body : bodies.all()) {
            mongo.updateMulti(Query.query(Criteria.where("publicBodyId").is(body.id()).and("clerkEmail").exists(false)),
                    new Update().set("clerkEmail", body.clerkEmail()).set("clerkLanguage", body.clerkLanguage()),
                    CommentDrive.class);
        }
    }
}
