package org.plaza.comments.comment;

import java.time.Instant;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.supporter.ContactSource;
import org.plaza.starter.supporter.FormConsent;
import org.plaza.starter.supporter.SupporterContact;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The hand-over of a commenter's details to the supporters service, raised with the confirmation of their comment:
 * the name and address (or mobile number) they typed, their community and the language of the page, and their answers
 * to the comment form's contact checkboxes, worded as the form showed them (the template renders the same message
 * keys); the box for texts counts only for a commenter who gave a number.
 */
@Component
public class CommenterContact {

    /** "I would like to volunteer with the campaign": outreach's invitation follows. */
    public static final FormConsent VOLUNTEER = FormConsent.email(NotificationCategory.INVITATIONS,
            "comments.form.volunteer");
    /** "Text me a reminder before comments close and news of the campaign": its own box, with a mobile number. */
    public static final FormConsent TEXTS = FormConsent.sms(NotificationCategory.CAMPAIGN_UPDATES,
            "comments.form.smsOptIn");

    private final MessageSource messages;

    CommenterContact(MessageSource messages) {
        this.messages = messages;
    }

    SupporterContactShared shared(Comment comment, Instant confirmedAt) {
        return SupporterContact.builder().action("comments", ContactSource.PUBLIC_COMMENT, comment.id())
                .supporterId(comment.supporterId()).campaignId(comment.campaignId()).itemId(comment.driveId())
                .contact(comment.email(), comment.content().name()).phone(comment.phone()).locale(comment.locale())
                .community(comment.content().community())
                .consent(VOLUNTEER.answer(comment.content().volunteerOptIn(), messages, comment.locale()))
                .textConsent(TEXTS, comment.smsOptIn(), messages, comment.locale())
                .sharedAt(confirmedAt).build();
    }
}
