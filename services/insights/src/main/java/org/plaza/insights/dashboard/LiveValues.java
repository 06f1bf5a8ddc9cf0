package org.plaza.insights.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.insights.health.HealthReport;
import org.plaza.insights.replay.ReplayStatus;
import org.plaza.insights.stats.BroadcastRow;
import org.plaza.insights.stats.CampaignRow;
import org.plaza.insights.stats.DriveRow;
import org.plaza.insights.stats.Funnel;
import org.plaza.insights.stats.PetitionRow;
import org.plaza.insights.stats.Series;
import org.plaza.insights.stats.ShiftRow;
import org.plaza.insights.stats.Totals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The values a page marks with {@code data-live="<key>"}, formatted for the reader, and its charts'
 * data. The page renders the same values, so the stream only ever replaces a number with a newer one.
 */
@Component
public class LiveValues {

    private final Labels labels;
    private final MessageSource messages;

    LiveValues(Labels labels, MessageSource messages) {
        this.labels = labels;
        this.messages = messages;
    }

    /** A chart: x = bucket starts (epoch seconds), one list of values per series. */
    public record Chart(List<Long> x, List<Line> series) {
    }

    /** One line of a chart. */
    public record Line(String label, List<Long> values) {
    }

    /** What one live update carries. */
    public record Payload(Map<String, String> values, Map<String, Chart> charts) {
    }

    public Payload of(Overview overview, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        totals(values, overview.totals(), locale);
        funnel(values, overview.funnel(), locale);
        for (CampaignRow row : overview.campaigns()) {
            values.put("c." + row.id() + ".signatures", labels.number(row.signatures(), locale));
            values.put("c." + row.id() + ".comments", labels.number(row.comments(), locale));
            values.put("c." + row.id() + ".volunteers", labels.number(row.volunteers(), locale));
            values.put("c." + row.id() + ".hours", labels.decimal(row.hours(), locale));
        }
        HealthReport health = overview.health();
        if (health != null) {
            values.put("services-up", labels.number(health.servicesUp(), locale) + " / "
                    + labels.number(health.services().size(), locale));
            values.put("dead-letters", labels.number(health.deadLetters(), locale));
            values.put("notification-failures", labels.number(health.notificationFailures(), locale));
            values.put("consumer-lag", labels.number(health.totalLag(), locale));
            values.put("spikes", labels.number(health.spikes().size(), locale));
        }
        replay(values, overview.replay(), locale);
        return new Payload(values, Map.of("actions-hourly",
                actions(overview.signaturesHourly(), overview.commentsHourly(), locale)));
    }

    public Payload of(CampaignDetail detail, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        totals(values, detail.totals(), locale);
        funnel(values, detail.funnel(), locale);
        for (PetitionRow petition : detail.petitions()) {
            values.put("p." + petition.id() + ".signatures", labels.number(petition.signatures(), locale));
        }
        for (DriveRow drive : detail.drives()) {
            values.put("d." + drive.id() + ".comments", labels.number(drive.comments(), locale));
        }
        for (ShiftRow shift : detail.shifts()) {
            values.put("s." + shift.id() + ".signed-up", labels.number(shift.signedUp(), locale));
        }
        for (BroadcastRow broadcast : detail.broadcasts()) {
            values.put("b." + broadcast.id() + ".delivered", labels.number(broadcast.delivered(), locale));
            values.put("b." + broadcast.id() + ".failed", labels.number(broadcast.failed(), locale));
            values.put("b." + broadcast.id() + ".unsubscribed", labels.number(broadcast.unsubscribed(), locale));
        }
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("actions-hourly", actions(detail.signaturesHourly(), detail.commentsHourly(), locale));
        charts.put("signatures-minute", single(detail.signaturesMinute(), "insights.metric.signatures", locale));
        charts.put("actions-daily", actions(detail.signaturesDaily(), detail.commentsDaily(), locale));
        charts.put("broadcasts", broadcasts(detail.broadcasts(), locale));
        return new Payload(values, charts);
    }

    /** The campaign's broadcasts by send time, oldest first: sent, delivered, failed, unsubscribed. */
    public Chart broadcasts(List<BroadcastRow> broadcasts, Locale locale) {
        List<BroadcastRow> oldestFirst = broadcasts.stream().filter(b -> b.sendAt() != null)
                .sorted(Comparator.comparing(BroadcastRow::sendAt)).toList();
        return new Chart(oldestFirst.stream().map(b -> b.sendAt().getEpochSecond()).toList(), List.of(
                new Line(message("insights.broadcasts.sent", locale),
                        oldestFirst.stream().map(BroadcastRow::sent).toList()),
                new Line(message("insights.broadcasts.delivered", locale),
                        oldestFirst.stream().map(BroadcastRow::delivered).toList()),
                new Line(message("insights.broadcasts.failed", locale),
                        oldestFirst.stream().map(BroadcastRow::failed).toList()),
                new Line(message("insights.broadcasts.unsubscribed", locale),
                        oldestFirst.stream().map(BroadcastRow::unsubscribed).toList())));
    }

    public Chart actions(Series signatures, Series comments, Locale locale) {
        return new Chart(signatures.starts(), List.of(
                new Line(message("insights.metric.signatures", locale), signatures.counts()),
                new Line(message("insights.metric.comments", locale), comments.counts())));
    }

    public Chart single(Series series, String labelKey, Locale locale) {
        return new Chart(series.starts(), List.of(new Line(message(labelKey, locale), series.counts())));
    }

    private void totals(Map<String, String> values, Totals totals, Locale locale) {
        values.put("signatures", labels.number(totals.signatures(), locale));
        values.put("comments", labels.number(totals.comments(), locale));
        values.put("volunteers", labels.number(totals.volunteers(), locale));
        values.put("signups", labels.number(totals.signups(), locale));
        values.put("shifts-filled", labels.number(totals.shiftsFilled(), locale) + " / "
                + labels.number(totals.shifts(), locale));
        values.put("hours", labels.decimal(totals.hours(), locale));
        values.put("supporters", labels.number(totals.supporters(), locale));
        values.put("signatures.words", labels.tile("signatures", totals.signatures(), locale));
        values.put("comments.words", labels.tile("comments", totals.comments(), locale));
        values.put("volunteers.words", labels.tile("volunteers", totals.volunteers(), locale));
        values.put("signups.words", labels.tile("signups", totals.signups(), locale));
        values.put("hours.words", labels.tile("hours", totals.hours(), locale));
        values.put("supporters.words", labels.tile("supporters", totals.supporters(), locale));
    }

    private void funnel(Map<String, String> values, Funnel funnel, Locale locale) {
        values.put("funnel.signed", labels.number(funnel.signed(), locale));
        values.put("funnel.signed-commented", labels.number(funnel.signedAndCommented(), locale));
        values.put("funnel.all-three", labels.number(funnel.signedCommentedVolunteered(), locale));
        values.put("funnel.several", labels.number(funnel.severalActions(), locale));
    }

    private void replay(Map<String, String> values, ReplayStatus replay, Locale locale) {
        values.put("replay.state", message("insights.replay.state." + replay.state(), locale));
        values.put("replay.processed", labels.number(replay.processed(), locale));
        values.put("replay.total", labels.number(replay.total(), locale));
        values.put("replay.percent", String.valueOf(replay.percent()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
