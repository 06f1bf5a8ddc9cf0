package org.plaza.testsupport.hostile;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.http.HttpMethod;

/**
 * One kind of capability link, a resident page reached by a secret in its path, as {@link ResidentProbes} attacks it.
 * The {@link #template()} names the link's parts {@code {id}} (optional: whose link it is) and {@code {key}} (the
 * secret), e.g. {@code /outreach/me/{id}/{key}} or {@code /comments/c/{key}}. The service's hooks mint a valid link
 * for a new resident, expire one and revoke one; the walk then visits an unknown key, someone else's id with this
 * key, an expired link and a revoked one, and requires one answer for all of them.
 */
public interface CapabilityLink {

    /** The link's path with {@code {key}} and, when it names its owner, {@code {id}}. */
    String template();

    /** A valid link of a new resident, with the personal data (name, email) that must never leak to anyone else. */
    Minted mint() throws Exception;

    /** A link of a new resident that has expired (e.g. issued long ago); null when links of this kind never expire. */
    Minted expired() throws Exception;

    /** A link of a new resident that was revoked (as the resident or staff would); null when it cannot be revoked. */
    Minted revoked() throws Exception;

    /** What the walk requests on each link, relative to it: by default only the page. */
    default List<Visit> visits() {
        return List.of(Visit.page());
    }

    /** State that no request on an invalid link may change, read before and after the visits. */
    default List<Callable<?>> watched() {
        return List.of();
    }

    /** A minted link: its owner's id (null when the template has none), its key, and its owner's personal data. */
    record Minted(String id, String key, List<String> personalData) {

        public Minted {
            personalData = personalData == null ? List.of() : List.copyOf(personalData);
        }

        public static Minted of(String id, String key, String... personalData) {
            return new Minted(id, key, List.of(personalData));
        }

        String path(String template) {
            return template.replace("{id}", id == null ? "" : id).replace("{key}", key);
        }
    }

    /** A request on a link: a method, a suffix to its path ({@code ""}, {@code "/confirm"}) and form fields. */
    record Visit(HttpMethod method, String suffix, Map<String, String> form) {

        public Visit {
            form = form == null ? Map.of() : Map.copyOf(form);
        }

        public static Visit page() {
            return new Visit(HttpMethod.GET, "", Map.of());
        }

        public static Visit post(String suffix, Map<String, String> form) {
            return new Visit(HttpMethod.POST, suffix, form);
        }

        @Override
        public String toString() {
            return method + (suffix.isEmpty() ? "" : " " + suffix);
        }
    }
}
