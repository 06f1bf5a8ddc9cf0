package org.plaza.petitions.signature.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.starter.share.ShareLinks;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.petitions.signature.PublicComment;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionStatus;
import org.plaza.petitions.petition.Response;
import org.plaza.petitions.tally.Counts;

/**
 * A petition as a resident's page shows it, in one language. Only verified signatures are shown: a figure that
 * counted signatures waiting for their confirmation would tell a stranger whether an address had already signed.
 */
public record PetitionView(String slug, String title, List<String> paragraphs, String decisionMaker, String status,
        boolean open, long verified, int goal, int percent, List<CommunityCount> communities,
        String closesAt, String deliveredOn, String responseOutcome, List<String> responseParagraphs,
        String respondedOn, String shareUrl, ShareLinks share, List<Comment> comments, Map<String, Long> byChannel) {

    static PetitionView of(Petition petition, Counts counts, Instant now, Locale locale, ZoneId zone,
            Vocabulary vocabulary, String shareUrl, List<PublicComment> comments) {
        String language = locale.getLanguage();
        int goal = petition.details().signatureGoal() == null ? 0 : petition.details().signatureGoal();
        int percent = goal == 0 ? 0 : (int) Math.min(100, counts.verified() * 100 / goal);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<CommunityCount> byCommunity = counts.byCommunitySorted().entrySet().stream()
                .map(e -> new CommunityCount(vocabulary.communityName(e.getKey(), locale), e.getValue())).toList();
        Response response = petition.response();
        String title = petition.title(language);
        return new PetitionView(petition.slug(), title, paragraphs(petition.details().text(language)),
                petition.details().decisionMaker(language), petition.status().name(), petition.acceptsSignatures(now),
                counts.verified(), goal, percent, byCommunity,
                petition.details().closesAt() == null ? null : dateTime.format(petition.details().closesAt()),
                petition.status() == PetitionStatus.DELIVERED ? date.format(petition.delivery().deliveredOn()) : null,
                response == null ? null : response.outcome().name(),
                response == null ? List.of() : paragraphs(response.summary(language)),
                response == null ? null : date.format(response.respondedOn()), shareUrl,
                ShareLinks.of(shareUrl, title, title),
                comments.stream().map(c -> new Comment(c.text(), vocabulary.communityName(c.community(), locale))).toList(),
                counts.byChannelOf());
    }

    /** Whether some of the verified signatures came from paper sheets or a canvass (the page then shows the split). */
    public boolean offline() {
        return byChannel.entrySet().stream().anyMatch(e -> !"WEB".equals(e.getKey()) && e.getValue() > 0);
    }

    /** The WhatsApp share link (the confirmation page offers it on its own). */
    public String whatsappUrl() {
        return share.whatsapp();
    }

    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Verified signatures of one community. */
    public record CommunityCount(String name, long count) {
    }

    /** A comment and the signer's community. */
    public record Comment(String text, String community) {
    }
}
