package org.plaza.supporters.segment;

import java.time.Instant;

import org.plaza.supporters.supporter.SupporterFilter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A filter an organizer named and saved; who matches it is worked out each time it is read. */
@Document("segments")
public class SavedSegment {

    @Id
    private String id;
    private String name;
    private SupporterFilter filter;
    private String ownerStaffId;
    private Instant createdAt;

    protected SavedSegment() {
    }

    SavedSegment(String id, String name, SupporterFilter filter, String ownerStaffId, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.filter = filter;
        this.ownerStaffId = ownerStaffId;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public SupporterFilter filter() {
        return filter;
    }

    public String ownerStaffId() {
        return ownerStaffId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
