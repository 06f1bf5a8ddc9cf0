package org.plaza.supporters.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.plaza.starter.csv.CsvLabels;
import org.plaza.starter.csv.CsvWriter;
import org.plaza.starter.id.Ids;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.supporters.segment.Segments;
import org.plaza.supporters.supporter.Directory;
import org.plaza.supporters.supporter.Scope;
import org.plaza.supporters.supporter.SupporterFilter;
import org.plaza.supporters.supporter.SupportersSettings;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The CSV of a filtered list: checked and audited (an {@link ExportRecord}, announced as {@code StaffActionAudited} EXPORT SUPPORTERS) before the first
 * byte, then streamed from the index's matches a batch of documents at a time through the starter's
 * {@link CsvWriter} (byte-order mark, formula-injection guard), headers and values in the export's language
 * ({@link CsvLabels}: language and community names, the consents by name).
 */
@Service
public class SupporterExport {

    static final List<String> COLUMNS = List.of("supporter-id", "name", "email", "phone", "language", "community",
            "consents", "tags", "actions", "last-active");

    private final Directory directory;
    private final Segments segments;
    private final MongoTemplate mongo;
    private final MessageSource messages;
    private final Vocabulary vocabulary;
    private final SupportersSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    SupporterExport(Directory directory, Segments segments, MongoTemplate mongo, MessageSource messages,
            Vocabulary vocabulary, SupportersSettings settings, MeterRegistry meters, Clock clock) {
        this.directory = directory;
        this.segments = segments;
        this.mongo = mongo;
        this.messages = messages;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** Checks the filter and records the export; what {@link Prepared#writeTo} then streams. */
    public Prepared prepare(StaffMember staff, SupporterFilter filter, Locale locale) {
        Scope scope = directory.require(staff, filter);
        mongo.insert(ExportRecord.of(Ids.next("exp", clock.instant()), staff.id(), filter, clock.instant()));
        meters.counter("plaza.supporters.exports").increment();
        return new Prepared(filter, scope, locale);
    }

    /** The purposes a person agreed to, by their names ("Email: reminders; Text message: reminders"). */
    private static String consents(CsvLabels labels, Set<String> purposes) {
        return purposes.stream().map(purpose -> labels.named("supporters.purpose.", purpose.replace(':', '.')))
                .collect(Collectors.joining("; "));
    }

    /** An export that was allowed and audited. */
    public final class Prepared {

        private final SupporterFilter filter;
        private final Scope scope;
        private final Locale locale;

        private Prepared(SupporterFilter filter, Scope scope, Locale locale) {
            this.filter = filter;
            this.scope = scope;
            this.locale = locale;
        }

        public void writeTo(OutputStream out) throws IOException {
            CsvLabels labels = CsvLabels.of(vocabulary, messages, locale);
            try (CsvWriter csv = CsvWriter.open(out, labels.header("supporters.csv.", COLUMNS.toArray(String[]::new)))) {
                segments.stream(filter, scope, s -> {
                    try {
                        csv.row(s.id(), s.name(), s.email(), s.phone(), labels.language(s.language()),
                                labels.community(s.community()), consents(labels, s.grantedPurposes()),
                                String.join(", ", s.tags()), s.actions().size(),
                                s.lastActiveAt() == null ? "" : s.lastActiveAt().atZone(settings.timeZone()).toLocalDate().toString());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
