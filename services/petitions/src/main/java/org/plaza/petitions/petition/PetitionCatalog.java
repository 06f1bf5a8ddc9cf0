package org.plaza.petitions.petition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.stereotype.Component;

/**
 * Petitions as residents see them, cached for a couple of seconds so that a viral petition's page and
 * every signature do not each read the petition; changes made by this instance evict at once.
 */
@Component
public class PetitionCatalog {

    private static final Duration TTL = Duration.ofSeconds(2);

    private final Petitions petitions;
    private final Clock clock;
    private final Map<String, Cached> bySlug = new ConcurrentHashMap<>();

    PetitionCatalog(Petitions petitions, Clock clock) {
        this.petitions = petitions;
        this.clock = clock;
    }

    /** A petition residents may see (not a draft), by its slug, or 404. */
    public Petition publicPetition(String slug) {
        Instant now = clock.instant();
        Cached cached = bySlug.get(slug);
        if (cached == null || cached.loadedAt.plus(TTL).isBefore(now)) {
            cached = new Cached(petitions.findBySlug(slug), now);
            if (cached.petition.isPresent()) {
                bySlug.put(slug, cached);
            }
        }
        return cached.petition.filter(Petition::isPublic)
                .orElseThrow(() -> PlazaProblem.notFound("petition-not-found", "petitions.problem.not-found"));
    }

    /**
     * Whether a path segment names a petition by its id rather than by its slug: links from other services
     * are made by id ({@code ResidentLinks.petition}), which never changes.
     */
    public static boolean isPetitionId(String segment) {
        return segment != null && segment.startsWith(Petition.ID_PREFIX + "_");
    }

    /** A petition residents may see (not a draft), by its id, or 404 (the same answer as for an unknown slug). */
    public Petition publicPetitionById(String id) {
        return petitions.findById(id).filter(Petition::isPublic)
                .orElseThrow(() -> PlazaProblem.notFound("petition-not-found", "petitions.problem.not-found"));
    }

    /** A petition that takes signatures now, or the problem that explains why not. */
    public Petition openPetition(String slug) {
        Petition petition = publicPetition(slug);
        if (!petition.acceptsSignatures(clock.instant())) {
            throw PlazaProblem.conflict("petition-closed", "petitions.problem.closed");
        }
        return petition;
    }

    void evict(Petition petition) {
        bySlug.remove(petition.slug());
    }

    private record Cached(Optional<Petition> petition, Instant loadedAt) {
    }
}
