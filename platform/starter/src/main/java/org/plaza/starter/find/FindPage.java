package org.plaza.starter.find;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a resident list, with the links to the pages around it (the query kept).
 *
 * @param items        what this page shows
 * @param number       its number, from 1
 * @param previousHref the previous page's address, or null on the first
 * @param nextHref     the next page's address, or null on the last
 */
public record FindPage<T>(List<T> items, int number, String previousHref, String nextHref) {

    /**
     * The page of {@code query} on {@code path}, from what was fetched with {@code limit(size + 1)}: one item more
     * than a page tells that another page follows.
     */
    public static <T> FindPage<T> of(List<T> fetched, int size, FindQuery query, String path) {
        boolean more = fetched.size() > size;
        int number = query.pageNumber();
        return new FindPage<>(more ? List.copyOf(fetched.subList(0, size)) : List.copyOf(fetched), number,
                number > 1 ? query.href(path, number - 1) : null, more ? query.href(path, number + 1) : null);
    }

    /** The same page with each item turned into {@code R} (a view in the reader's language). */
    public <R> FindPage<R> map(Function<? super T, ? extends R> view) {
        return new FindPage<>(items.stream().<R>map(view).toList(), number, previousHref, nextHref);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Whether there is more than this one page. */
    public boolean paged() {
        return previousHref != null || nextHref != null;
    }
}
