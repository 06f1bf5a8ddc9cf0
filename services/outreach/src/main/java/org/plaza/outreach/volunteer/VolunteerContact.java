package org.plaza.outreach.volunteer;

import java.time.Instant;
import java.util.Optional;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.outreach.support.Mail;
import org.plaza.starter.supporter.ContactSource;
import org.plaza.starter.supporter.FormConsent;
import org.plaza.starter.supporter.SupporterContact;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The hand-over of a volunteer's details to the supporters service: when their sign-up's email is confirmed (with
 * their answer to the form's contact checkbox, worded as the form showed it: the template renders the same message
 * key), and when they take a place or a spot in line on a shift (their address is proven already; that page shows
 * no checkbox), with their mobile number and their answer to the form's own text checkbox when they gave a number.
 * A volunteer with neither an email nor a mobile number (erased) is never handed over.
 */
@Component
public class VolunteerContact {

    /** "You may contact me about volunteer opportunities." Without it they only hear about their own shifts. */
    public static final FormConsent CONTACT = FormConsent.email(NotificationCategory.INVITATIONS,
            "volunteer.form.contact-consent");

    /** "Text me my shift confirmations and reminders": shift messages by text instead of email. */
    public static final FormConsent TEXTS = FormConsent.sms(NotificationCategory.REMINDERS,
            "volunteer.form.text-consent");

    private final MessageSource messages;

    VolunteerContact(MessageSource messages) {
        this.messages = messages;
    }

    SupporterContactShared signup(Enrolment enrolment, VolunteerApplication application, Instant at) {
        String language = application.preferredLanguage();
        String shown = enrolment.formLanguage() == null ? language : enrolment.formLanguage();
        return SupporterContact.builder()
                .action(Mail.SERVICE, ContactSource.VOLUNTEER_SIGNUP, enrolment.id())
                .supporterId(enrolment.supporterId()).campaignId(application.campaignId()).itemId(enrolment.shiftId())
                .contact(application.email(), application.name()).phone(application.phone()).locale(language)
                .community(application.community())
                .consent(CONTACT.answer(application.contactConsent(), messages, shown))
                .textConsent(TEXTS, application.textOptIn(), messages, shown)
                .sharedAt(at).build();
    }

    /** The hand-over of a sign-up for a shift; empty for a volunteer without an email or a mobile number. */
    public Optional<SupporterContactShared> shiftSignup(String signupId, String shiftId, String campaignId,
            Volunteer volunteer, Instant at) {
        if (!(volunteer.hasEmail() || volunteer.phone() != null) || volunteer.anonymized()) {
            return Optional.empty();
        }
        return Optional.of(SupporterContact.builder().action(Mail.SERVICE, ContactSource.SHIFT_SIGNUP, signupId)
                .supporterId(volunteer.supporterId()).campaignId(campaignId).itemId(shiftId)
                .contact(volunteer.email(), volunteer.name()).phone(volunteer.phone())
                .locale(volunteer.preferredLanguage()).community(volunteer.community()).sharedAt(at).build());
    }
}
