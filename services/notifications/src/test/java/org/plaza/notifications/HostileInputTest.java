package org.plaza.notifications;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.plaza.notifications.consent.UnsubscribeLinks;
import org.plaza.notifications.template.Category;
import org.plaza.testsupport.hostile.CapabilityLink;
import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.hostile.PermanentLink;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every endpoint of the service, resident and staff, against the platform's hostile-input walk, and the unsubscribe
 * link against the walk's capability-link probes.
 */
class HostileInputTest extends NotificationsServiceTest implements HostileInputWalk {

    @Autowired
    StaffTokens tokens;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    MongoTemplate mongo;

    @Override
    public RequestPostProcessor admin() {
        return HostileInput.authorization(StaffTokens.bearer(tokens.staffToken("admin-hostile", Role.ADMIN)));
    }

    /**
     * The unsubscribe link, {@code <recipient and category>.<signature>}: someone else's is another recipient's part
     * with this signature. It is signed, not stored, so it neither expires nor is revoked.
     */
    @Override
    public List<CapabilityLink> capabilityLinks() {
        return List.of(new UnsubscribeLink());
    }

    private final class UnsubscribeLink implements PermanentLink {

        private final List<String> suppressionIds = new ArrayList<>();

        @Override
        public String template() {
            return "/notifications/unsubscribe/{id}.{key}";
        }

        @Override
        public Minted mint() {
            String recipient = uniqueId("sup_walk");
            Arrays.stream(Category.values()).forEach(category -> suppressionIds.add(recipient + "|" + category.name()));
            String token = links.tokenFor(recipient, Category.REMINDERS);
            int dot = token.indexOf('.');
            return Minted.of(token.substring(0, dot), token.substring(dot + 1), recipient);
        }

        @Override
        public List<Visit> visits() {
            return List.of(Visit.page(), Visit.post("", Map.of()), Visit.post("", Map.of("scope", "all")),
                    Visit.post("/resubscribe", Map.of()));
        }

        @Override
        public List<Callable<?>> watched() {
            Query query = Query.query(Criteria.where("_id").in(suppressionIds)).with(Sort.by("_id"));
            return List.of(() -> mongo.find(query, Document.class, "suppressions"));
        }
    }
}
