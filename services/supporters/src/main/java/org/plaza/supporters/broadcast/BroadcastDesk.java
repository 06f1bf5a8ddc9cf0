package org.plaza.supporters.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.id.Ids;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.supporters.segment.Segments;
import org.plaza.supporters.supporter.SupportersSettings;
import org.springframework.stereotype.Service;

/**
 * What staff do with broadcasts, each checked against the campaign (the starter's {@link CampaignAccess}: organizers
 * of its team, admins any) before the {@link Broadcast} decides.
 */
@Service
public class BroadcastDesk {

    private final Broadcasts broadcasts;
    private final Audience audience;
    private final CampaignAccess access;
    private final DeliveryTally tally;
    private final SupporterIds supporterIds;
    private final BroadcastSettings settings;
    private final ApprovalPolicy approvalPolicy;
    private final SupportersSettings supportersSettings;
    private final Segments segments;
    private final TextPreview texts;
    private final Clock clock;

    BroadcastDesk(Broadcasts broadcasts, Audience audience, CampaignAccess access, DeliveryTally tally,
            SupporterIds supporterIds, BroadcastSettings settings, SupportersSettings supportersSettings,
            Segments segments, ApprovalPolicy approvalPolicy, TextPreview texts, Clock clock) {
        this.segments = segments;
        this.texts = texts;
        this.approvalPolicy = approvalPolicy;
        this.supportersSettings = supportersSettings;
        this.broadcasts = broadcasts;
        this.audience = audience;
        this.access = access;
        this.tally = tally;
        this.supporterIds = supporterIds;
        this.settings = settings;
        this.clock = clock;
    }

    /** An email draft. */
    public Broadcast create(StaffMember staff, String campaignId, Message es, Message en, AudienceFilter filter) {
        return create(staff, campaignId, es, en, BroadcastChannel.EMAIL, ShortText.none(), filter);
    }

    /** A draft by {@code channel}; a text in each language within the segments allowed when it goes by text. */
    public Broadcast create(StaffMember staff, String campaignId, Message es, Message en, BroadcastChannel channel,
            ShortText text, AudienceFilter filter) {
        access.requireManage(staff, campaignId);
        requireValidTexts(channel, text);
        Instant now = clock.instant();
        return broadcasts.save(Broadcast.draft(Ids.next("brd", now), campaignId, es, en, channel, text,
                withSegment(staff, filter), staff.id(), now));
    }

    public Broadcast edit(StaffMember staff, String id, Message es, Message en, BroadcastChannel channel,
            ShortText text, AudienceFilter filter) {
        Broadcast broadcast = find(staff, id);
        requireValidTexts(channel, text);
        broadcast.edit(es, en, channel, text, withSegment(staff, filter), staff.id(), clock.instant());
        return broadcasts.save(broadcast);
    }

    /** The rules and frame of a broadcast's text message, for the form's hints. */
    public TextPreview texts() {
        return texts;
    }

    /** What is wrong with a broadcast's texts, by field ({@code esText}, {@code enText}), for a form to show. */
    public Map<String, TextPreview.Refusal> textRefusals(BroadcastChannel channel, ShortText text) {
        return texts.refusals(channel, text);
    }

    private void requireValidTexts(BroadcastChannel channel, ShortText text) {
        Map<String, TextPreview.Refusal> refusals = texts.refusals(channel, text == null ? ShortText.none() : text);
        if (!refusals.isEmpty()) {
            PlazaProblem problem = PlazaProblem.badRequest("validation", "supporters.broadcast.problem.invalid");
            refusals.forEach((field, refusal) -> problem.withFieldError(field, refusal.code(), refusal.arguments()));
            throw problem;
        }
    }

    /** Who the broadcast reaches now, per language and channel (from the directory's index). */
    public Reach reach(StaffMember staff, Broadcast broadcast) {
        access.requireManage(staff, broadcast.campaignId());
        return audience.reach(broadcast.campaignId(), broadcast.audience(), broadcast.channel());
    }

    /** The texts' segments and cost for the reach; null when the broadcast sends no text. */
    public TextEstimate textEstimate(Broadcast broadcast, Reach reach) {
        return broadcast.channel().texts() ? texts.estimate(broadcast.text(), reach) : null;
    }

    /** The saved segments the staff member sees that fit the campaign (those naming it or no campaign). */
    public List<Segments.Counted> segments(StaffMember staff, String campaignId) {
        return segments.list(staff).stream().filter(counted -> counted.segment().filter().campaignId() == null
                || counted.segment().filter().campaignId().equals(campaignId)).toList();
    }

    /** A chosen segment's filter, as the staff member may see it (another's segment they do not see is a 404). */
    private AudienceFilter withSegment(StaffMember staff, AudienceFilter filter) {
        if (filter == null || filter.segmentId() == null) {
            return filter;
        }
        return new AudienceFilter(filter.segmentId(), null, null,
                segments.find(staff, filter.segmentId()).segment().filter());
    }

    /**
     * Sends now ({@code sendAt} null) or at a later time, to the broadcast's audience as it is counted now. A time in
     * the past and an audience of nobody are refused, next to their fields.
     */
    public Broadcast requestSend(StaffMember staff, String id, Instant sendAt) {
        Broadcast broadcast = find(staff, id);
        long recipients = checkSend(broadcast, sendAt);
        broadcast.requestSend(sendAt, recipients, approvalPolicy.threshold(), staff.id(), clock.instant());
        return broadcasts.save(broadcast);
    }

    /**
     * The checks of {@link #requestSend} without sending, before the organizer confirms a broadcast with texts: a time
     * in the past and an audience of nobody are refused next to their fields.
     */
    public Broadcast checkSend(StaffMember staff, String id, Instant sendAt) {
        Broadcast broadcast = find(staff, id);
        checkSend(broadcast, sendAt);
        return broadcast;
    }

    /** The audience's size, once the send time and the audience pass. */
    private long checkSend(Broadcast broadcast, Instant sendAt) {
        if (sendAt != null && sendAt.isBefore(clock.instant())) {
            throw PlazaProblem.badRequest("validation", "supporters.broadcast.problem.invalid")
                    .withFieldError("sendAt", "supporters.broadcast.send-at.past");
        }
        long recipients = audience.count(broadcast.campaignId(), broadcast.audience());
        if (recipients == 0) {
            throw PlazaProblem.badRequest("validation", "supporters.broadcast.problem.invalid")
                    .withFieldError("audience", "supporters.broadcast.audience.nobody");
        }
        return recipients;
    }

    public Broadcast approve(StaffMember staff, String id) {
        Broadcast broadcast = find(staff, id);
        broadcast.approve(staff.id(), clock.instant());
        return broadcasts.save(broadcast);
    }

    public Broadcast cancel(StaffMember staff, String id) {
        Broadcast broadcast = find(staff, id);
        broadcast.cancel(staff.id(), clock.instant());
        return broadcasts.save(broadcast);
    }

    /** Sends the message in both languages to the staff member's own address (from their sign-in token). */
    public Broadcast sendTest(StaffMember staff, String id, String email) {
        Broadcast broadcast = find(staff, id);
        if (email == null || email.isBlank()) {
            throw PlazaProblem.badRequest("no-staff-email", "supporters.broadcast.problem.no-staff-email");
        }
        broadcast.sendTest(staff.id(), email, supporterIds.supporterId(email), clock.instant());
        return broadcasts.save(broadcast);
    }

    /** A broadcast of a campaign the staff member manages; another campaign's is refused like the campaign itself. */
    public Broadcast find(StaffMember staff, String id) {
        Broadcast broadcast = broadcasts.findById(id)
                .orElseThrow(() -> PlazaProblem.notFound("broadcast-not-found", "supporters.broadcast.problem.not-found"));
        access.requireManage(staff, broadcast.campaignId());
        return broadcast;
    }

    public List<Broadcast> list(StaffMember staff, String campaignId) {
        access.requireManage(staff, campaignId);
        return broadcasts.findByCampaignIdOrderByCreatedAtDesc(campaignId);
    }

    public long count(StaffMember staff, String campaignId, AudienceFilter filter) {
        access.requireManage(staff, campaignId);
        return audience.count(campaignId, filter);
    }

    public BroadcastReport report(Broadcast broadcast) {
        return tally.reportOf(broadcast);
    }

    /** Whether this staff member may give the broadcast its second approval. */
    public boolean mayApprove(StaffMember staff, Broadcast broadcast) {
        return broadcast.mayBeApprovedBy(staff.id()) && access.mayManage(staff, broadcast.campaignId());
    }

    /** The size above which a broadcast needs a second approval now (an administrator's setting, else the default). */
    public long approvalThreshold() {
        return approvalPolicy.threshold();
    }

    public BroadcastSettings settings() {
        return settings;
    }

    /** The zone organizers read and type send times in (the service's, {@code plaza.supporters.time-zone}). */
    public ZoneId timeZone() {
        return supportersSettings.timeZone();
    }
}
