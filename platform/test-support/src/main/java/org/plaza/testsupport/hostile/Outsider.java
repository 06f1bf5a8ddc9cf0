package org.plaza.testsupport.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The "another campaign's team" input of {@link HostileInput}: an ORGANIZER who is not on campaign X's team,
 * and the ids of real resources of campaign X by path variable name ({@code id}, {@code driveId}, ...; a
 * {@code campaignId} also fills that property of request bodies). Every documented {@code /api/staff/**}
 * operation whose path has variables, or whose JSON body has a property named here, is sent as the outsider
 * and must be refused with a 403 or 404 problem detail, leaving every {@link #watching watched} state as it was.
 * So must every staff page ({@code GET /staff/**}) and staff form ({@code POST /staff/**}, sent with these ids as
 * form fields) whose path has variables, all named here: 403, 404 or a redirect, showing none of these ids. A staff
 * page without path variables (a list) may answer the outsider with their own list, but must show none of them either.
 *
 * <p>{@code bodies} replaces the body built from an operation's schema (when validation would answer 400
 * before the team is checked); {@code exclusions} leaves out operations and staff pages that are not
 * campaign-scoped (such as a list that rightly shows one of these ids to every campaign), each with its reason. Both
 * are keyed by operation, e.g. {@code "PUT /api/staff/campaigns/{id}"} or {@code "GET /staff/campaigns"}.
 *
 * <p>{@code shared} names path values of resources that campaign X's team owns but every campaign uses (a public
 * body, a training): {@link #sharing} adds one. The outsider is sent to every operation, page and form on them like on
 * any other id and must be refused with nothing changed, but pages may show them (a drive form lists every body).
 */
public record Outsider(RequestPostProcessor organizer, Map<String, String> pathValues, Map<String, String> bodies,
        Map<String, String> exclusions, List<Callable<?>> watched, Set<String> shared) {

    /** The field that holds an aggregate's pending events, which the outbox relay empties at any moment. */
    private static final String OUTBOX_FIELD = "_outbox";

    public Outsider {
        pathValues = copy(pathValues);
        bodies = copy(bodies);
        exclusions = copy(exclusions);
        watched = watched == null ? List.of() : List.copyOf(watched);
        shared = shared == null ? Set.of() : Set.copyOf(shared);
    }

    public Outsider(RequestPostProcessor organizer, Map<String, String> pathValues, Map<String, String> bodies,
            Map<String, String> exclusions, List<Callable<?>> watched) {
        this(organizer, pathValues, bodies, exclusions, watched, Set.of());
    }

    public Outsider(RequestPostProcessor organizer, Map<String, String> pathValues) {
        this(organizer, pathValues, Map.of(), Map.of(), List.of(), Set.of());
    }

    /**
     * Adds the id of a shared resource that campaign X's team owns (path variable {@code variable}): the outsider
     * may see it on pages, but every change on it must be refused.
     */
    public Outsider sharing(String variable, String id) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        values.put(variable, id);
        Set<String> names = new LinkedHashSet<>(shared);
        names.add(variable);
        return new Outsider(organizer, values, bodies, exclusions, watched, names);
    }

    /** Sends this JSON body to the operation instead of the plausible one built from its schema. */
    public Outsider withBody(String operation, String json) {
        Map<String, String> more = new LinkedHashMap<>(bodies);
        more.put(operation, json);
        return new Outsider(organizer, pathValues, more, exclusions, watched, shared);
    }

    /** Leaves out an operation that does not belong to one campaign, saying why. */
    public Outsider excluding(String operation, String reason) {
        Map<String, String> more = new LinkedHashMap<>(exclusions);
        more.put(operation, reason);
        return new Outsider(organizer, pathValues, bodies, more, watched, shared);
    }

    /** State that no refused request may change, read before and after each one (e.g. {@link #documents}). */
    public Outsider watching(Callable<?> state) {
        List<Callable<?>> more = new ArrayList<>(watched);
        more.add(state);
        return new Outsider(organizer, pathValues, bodies, exclusions, more, shared);
    }

    /** The documents of a collection whose {@code field} is {@code value}, in id order, without pending events. */
    public static Callable<List<Document>> documents(MongoTemplate mongo, String collection, String field, Object value) {
        Query query = Query.query(Criteria.where(field).is(value)).with(Sort.by("_id"));
        return () -> mongo.find(query, Document.class, collection).stream().map(Outsider::withoutPendingEvents).toList();
    }

    private static Document withoutPendingEvents(Document document) {
        document.remove(OUTBOX_FIELD);
        return document;
    }

    List<Object> snapshot() throws Exception {
        List<Object> state = new ArrayList<>();
        for (Callable<?> each : watched) {
            state.add(each.call());
        }
        return state;
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
