package org.plaza.comments.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.starter.notification.CommentReminders;
import org.plaza.starter.notification.NotificationRequest;

/**
 * Builds the requests for the notifications service (with the starter's {@link NotificationRequest}), with the template keys and parameters of its
 * catalogue ({@code services/notifications/README.md}): {@code comments.comment-confirmation},
 * {@code comments.packet-delivery}, {@code comments.closing-soon} and outreach's volunteer invitation. Request ids are deterministic, so a request raised twice for the same
 * send is one email.
 */
public final class NotificationRequests {

    public static final String SERVICE = "comments";
    public static final String CONFIRMATION = "comments.comment-confirmation";
    public static final String PACKET = "comments.packet-delivery";
    public static final String CLOSING_SOON = "comments.closing-soon";

    private NotificationRequests() {
    }

    /**
     * Where a resident's message goes: a text to {@code phone} (E.164) when it is set, otherwise an email to
     * {@code email}; the same template key either way (notifications renders its SMS variant for a text).
     */
    public record Recipient(String email, String phone, String name) {

        NotificationRequest addressed(NotificationRequest request) {
            return request.to(email, phone, name);
        }
    }

    /** The n-th confirmation (email or text) of a comment. */
    public static NotificationRequested confirmation(String commentId, int sendNumber, String locale,
            Recipient recipient, Map<String, String> parameters, String campaignId, String supporterId,
            List<String> relatedIds, Instant now) {
        return recipient.addressed(request("ntf-comments-confirm-" + commentId + "-" + sendNumber,
                NotificationCategory.TRANSACTIONAL, CONFIRMATION).locale(locale)).templateParameters(parameters)
                .campaignId(campaignId).supporterId(supporterId).relatedIds(relatedIds).requestedAt(now).build();
    }

    /**
     * The n-th delivery of a packet to the public body's clerk: the PDF as {@code attachment} (what every
     * version of the notifications service sends) and the CSV among {@code attachments}.
     */
    public static NotificationRequested packet(String packetId, int deliveryNumber, String locale, String email,
            String bodyName, Map<String, String> parameters, String campaignId, List<String> relatedIds,
            NotificationRequested.Attachment pdf, List<NotificationRequested.Attachment> further, Instant now) {
        return request("ntf-comments-packet-" + packetId + "-" + deliveryNumber, NotificationCategory.PUBLIC_BODY_DELIVERY,
                PACKET).locale(locale).recipient(email, bodyName).templateParameters(parameters).campaignId(campaignId)
                .relatedIds(relatedIds).attachment(pdf).attachments(further).requestedAt(now).build();
    }

    /** The invitation to volunteer ({@code VolunteerInvitations.TEMPLATE}), under the request id shared with petitions. */
    public static NotificationRequested invitation(String requestId, String locale, Recipient recipient,
            Map<String, String> parameters, String campaignId, String supporterId, List<String> relatedIds,
            Instant now) {
        return recipient.addressed(request(requestId, NotificationCategory.INVITATIONS, VolunteerInvitations.TEMPLATE)
                .locale(locale)).templateParameters(parameters).campaignId(campaignId).supporterId(supporterId)
                .relatedIds(relatedIds).requestedAt(now).build();
    }

    /** The reminder before a drive's deadline, scheduled at {@code sendAt}; one per person and drive. */
    public static NotificationRequested closingSoon(String driveId, String supporterId, String locale,
            Recipient recipient, Map<String, String> parameters, String campaignId, List<String> relatedIds,
            Instant sendAt, Instant now) {
        return recipient.addressed(request(closingSoonRequestId(driveId, supporterId),
                NotificationCategory.CAMPAIGN_UPDATES, CLOSING_SOON).locale(locale)).templateParameters(parameters).campaignId(campaignId)
                .supporterId(supporterId).relatedIds(relatedIds).sendAt(sendAt).requestedAt(now).build();
    }

    /** The request id of a person's "comments close soon" reminder for a drive (the notifications service's too). */
    public static String closingSoonRequestId(String driveId, String supporterId) {
        return CommentReminders.closingSoonRequestId(driveId, supporterId);
    }

    private static NotificationRequest request(String requestId, NotificationCategory category, String template) {
        return NotificationRequest.builder().requestId(requestId).requestingService(SERVICE).category(category)
                .templateKey(template);
    }
}
