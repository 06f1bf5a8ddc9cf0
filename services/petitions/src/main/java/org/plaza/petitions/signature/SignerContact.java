package org.plaza.petitions.signature;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.supporter.ContactSource;
import org.plaza.starter.supporter.FormConsent;
import org.plaza.starter.supporter.SupporterContact;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The hand-over of a signer's details to the supporters service, raised with the confirmation of their email: the
 * name and address they typed, their mobile number, their community and language, and their answer to each
 * checkbox of the signing form, worded as the form showed it (the template renders the same message keys); the SMS
 * box counts only for a signer who gave a number.
 */
@Component
public class SignerContact {

    /** "Email me news about this petition and the response". */
    public static final FormConsent UPDATES = FormConsent.email(NotificationCategory.CAMPAIGN_UPDATES,
            "signature.form.updatesOptIn");
    /** "Text me news about this petition": its own box, shown with a mobile number. */
    public static final FormConsent TEXTS = FormConsent.sms(NotificationCategory.CAMPAIGN_UPDATES,
            "signature.form.smsOptIn");
    /** "I would like to volunteer with this campaign": outreach's invitation follows. */
    public static final FormConsent VOLUNTEER = FormConsent.email(NotificationCategory.INVITATIONS,
            "signature.form.volunteerOptIn");

    /** The consent box of a paper sheet's row (and of the entry form that copies it): news about the campaign. */
    public static final FormConsent PAPER_UPDATES = FormConsent.email(NotificationCategory.CAMPAIGN_UPDATES,
            "paper.form.consent");
    /** The same box on the row of a signer who gave only a mobile number: the news can only go by text. */
    public static final FormConsent PAPER_UPDATES_BY_TEXT = FormConsent.sms(NotificationCategory.CAMPAIGN_UPDATES,
            "paper.form.consent");

    private final MessageSource messages;

    SignerContact(MessageSource messages) {
        this.messages = messages;
    }

    SupporterContactShared shared(Signature signature) {
        String language = signature.language();
        return SupporterContact.builder()
                .action("petitions", ContactSource.PETITION_SIGNATURE, signature.id())
                .supporterId(signature.supporterId()).campaignId(signature.campaignId()).itemId(signature.petitionId())
                .contact(signature.signer().email(), signature.signer().fullName()).phone(signature.signer().phone())
                .locale(language).community(signature.community())
                .consent(UPDATES.answer(signature.updatesOptIn(), messages, language))
                .consent(VOLUNTEER.answer(signature.volunteerOptIn(), messages, language))
                .textConsent(TEXTS, signature.smsOptIn(), messages, language)
                .sharedAt(signature.verifiedAt()).build();
    }

    /**
     * The hand-over of a signer typed in from a paper sheet who ticked its consent box (source {@code PAPER_SHEET}):
     * the name, address and phone as the sheet gives them, and that one consent, worded as the entry form shows it (by
     * email, or by text for a signer who gave only a mobile number).
     */
    public SupporterContactShared fromPaper(Signature signature) {
        String language = signature.language();
        return SupporterContact.builder().action("petitions", ContactSource.PAPER_SHEET, signature.id())
                .supporterId(signature.supporterId()).campaignId(signature.campaignId()).itemId(signature.petitionId())
                .contact(signature.signer().email(), signature.signer().fullName())
                .phone(signature.paper() == null ? null : signature.paper().phone()).locale(language)
                .community(signature.community())
                .consent((signature.signer().email() != null ? PAPER_UPDATES : PAPER_UPDATES_BY_TEXT)
                        .answer(true, messages, language))
                .sharedAt(signature.verifiedAt()).build();
    }
}
