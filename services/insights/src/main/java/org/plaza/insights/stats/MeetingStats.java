package org.plaza.insights.stats;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.plaza.insights.projection.Facts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.Sorts;

/** The community meetings of the campaigns in scope, soonest first, with their latest counts and their totals. */
@Service
public class MeetingStats {

    private final MongoTemplate mongo;

    MeetingStats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<MeetingRow> meetings(Scope scope) {
        List<MeetingRow> rows = new ArrayList<>();
        for (Document doc : mongo.getCollection(Facts.MEETINGS).find(scope.criteria().getCriteriaObject())
                .sort(Sorts.ascending("startsAt"))) {
            Date startsAt = doc.getDate("startsAt");
            Number capacity = doc.get("capacity", Number.class);
            rows.add(new MeetingRow(doc.getString("_id"), doc.getString("titleEs"), doc.getString("titleEn"),
                    doc.getString("status"), doc.getString("community"), startsAt == null ? null : startsAt.toInstant(),
                    capacity == null ? null : capacity.longValue(), number(doc, "going"), number(doc, "waitlisted"),
                    number(doc, "attended")));
        }
        return rows;
    }

    /** Going, waiting and checked in over these meetings, a called-off meeting's attendance included (it has none). */
    public static MeetingRow total(List<MeetingRow> rows) {
        return new MeetingRow("total", null, null, null, null, null, null,
                rows.stream().filter(r -> !r.cancelled()).mapToLong(MeetingRow::going).sum(),
                rows.stream().filter(r -> !r.cancelled()).mapToLong(MeetingRow::waitlisted).sum(),
                rows.stream().mapToLong(MeetingRow::attended).sum());
    }

    private static long number(Document doc, String field) {
        Number value = doc.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
