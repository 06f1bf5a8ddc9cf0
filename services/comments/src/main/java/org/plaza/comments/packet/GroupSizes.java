package org.plaza.comments.packet;

import java.util.Iterator;

import org.bson.Document;

/**
 * Walks the multi-member groups (sorted by key) alongside comments sorted by group key, so the size of
 * each comment's group is known without holding every group in memory. Keys are ASCII ids, whose order
 * is the same in MongoDB and in Java.
 */
final class GroupSizes {

    private final Iterator<Document> groups;
    private String key;
    private int size;

    GroupSizes(Iterator<Document> groups) {
        this.groups = groups;
        advance();
    }

    /** The size of the group {@code groupKey}; 1 for a comment that stands alone. Keys must come in order. */
    int sizeOf(String groupKey) {
        while (key != null && key.compareTo(groupKey) < 0) {
            advance();
        }
        return groupKey.equals(key) ? size : 1;
    }

    private void advance() {
        if (groups.hasNext()) {
            Document next = groups.next();
            key = next.getString("_id");
            size = ((Number) next.get("size")).intValue();
        } else {
            key = null;
        }
    }
}
