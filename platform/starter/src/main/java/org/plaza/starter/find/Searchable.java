package org.plaza.starter.find;

import java.util.List;

/**
 * A collection whose documents residents search: the kit keeps, in each document, the field {@value #FIELD}, the
 * distinct {@link SearchText#indexWords normalized words} of the named fields, and indexes it. Declared as a bean:
 *
 * <pre>{@code
 * @Bean Searchable petitionSearch() {
 *     return Searchable.collection("petitions", "details.titleEs", "details.titleEn", "details.textEs", "details.textEn");
 * }
 * }</pre>
 *
 * <p>Fields are dotted paths into the stored document; a field holding a list contributes each of its texts.
 *
 * @param collection the MongoDB collection
 * @param fields     the paths of the texts to find
 */
public record Searchable(String collection, List<String> fields) {

    /** The stored words of a document: an array of normalized words, indexed. */
    public static final String FIELD = "_search";

    public Searchable {
        fields = List.copyOf(fields);
        if (collection == null || collection.isBlank() || fields.isEmpty()) {
            throw new IllegalArgumentException("A searchable collection needs a name and at least one field");
        }
    }

    public static Searchable collection(String collection, String... fields) {
        return new Searchable(collection, List.of(fields));
    }
}
