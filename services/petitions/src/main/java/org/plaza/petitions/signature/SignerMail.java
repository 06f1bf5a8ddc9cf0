package org.plaza.petitions.signature;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.campaign.CampaignDirectory;
import org.plaza.petitions.petition.Petition;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.starter.notification.NotificationRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes the notification requests sent to signers, in the signer's language, with the template keys
 * and parameters the notifications service documents: {@code petitions.signature-verification},
 * {@code petitions.already-signed} (in the language of the request that signed again), {@code petitions.update},
 * {@code petitions.decision-maker-response} and outreach's
 * {@code outreach.volunteer-invitation}. A signer who gave only a mobile number gets them as text messages
 * (the same template keys: notifications renders their SMS variants); news goes by email to a signer who asked
 * for it by email and has one, otherwise by text to one who ticked the SMS box.
 */
@Component
public class SignerMail {

    static final String VERIFICATION = "petitions.signature-verification";
    static final String ALREADY_SIGNED = "petitions.already-signed";
    static final String UPDATE = "petitions.update";
    static final String RESPONSE = "petitions.decision-maker-response";

    private final URI baseUrl;
    private final Duration ttl;
    private final MessageSource messages;
    private final Clock clock;
    private final VolunteerInvitations invitations;
    private final CampaignDirectory campaigns;
    private final SignerContact contact;

    SignerMail(PetitionSettings settings, MessageSource messages, Clock clock, VolunteerInvitations invitations,
            CampaignDirectory campaigns, SignerContact contact) {
        this.baseUrl = settings.publicBaseUrl();
        this.ttl = settings.verification().ttl();
        this.messages = messages;
        this.clock = clock;
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.contact = contact;
    }

    /** The mailer for signatures of one petition. */
    Mailer forPetition(Petition petition) {
        return new Mailer() {
            @Override
            public NotificationRequested verification(Signature signature, Credential.Issued credential, int sendNumber) {
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("petitionTitle", petition.title(signature.language()));
                parameters.put("code", credential.code());
                parameters.put("confirmUrl", link(signature, "/confirm", Map.of("token", credential.token())));
                parameters.put("validFor", validFor(signature.language()));
                parameters.put("petitionUrl", petitionUrl(petition, signature.language()));
                return request(signature, signature.id() + ":verification:" + sendNumber,
                        NotificationCategory.TRANSACTIONAL, VERIFICATION, parameters);
            }

            @Override
            public Optional<NotificationRequested> alreadyConfirmed(Signature signature, int sendNumber,
                    String language) {
                String in = "en".equals(language) ? "en" : "es";
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("petitionTitle", petition.title(in));
                parameters.put("petitionUrl", petitionUrl(petition, in));
                return Optional.of(request(signature, signature.id() + ":already-signed:" + sendNumber,
                        NotificationCategory.TRANSACTIONAL, ALREADY_SIGNED, parameters, in));
            }

            @Override
            public Optional<NotificationRequested> volunteerInvitation(Signature signature) {
                return signature.volunteerOptIn() ? Optional.of(invitation(petition, signature)) : Optional.empty();
            }

            @Override
            public SupporterContactShared contactShared(Signature signature) {
                return contact.shared(signature);
            }
        };
    }

    /**
     * The invitation to volunteer, for a signer who ticked it: outreach's sign-up form behind a signed link,
     * with the request id outreach and comments use too, so a person is invited once per campaign.
     */
    NotificationRequested invitation(Petition petition, Signature signature) {
        VolunteerInvitation invitation = invitations.invite(signature.supporterId(), signature.campaignId(),
                signature.community(), signature.language(), VolunteerInvitations.PETITION_LEAD, signature.id());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("signupUrl", invitations.signupUrl(baseUrl.toString(), invitation));
        campaigns.find(signature.campaignId()).map(campaign -> "en".equals(signature.language())
                ? campaign.titleEn() : campaign.titleEs()).filter(title -> title != null && !title.isBlank())
                .ifPresent(title -> parameters.put("campaignTitle", title));
        return request(signature, VolunteerInvitations.requestId(signature.supporterId(), signature.campaignId()),
                NotificationCategory.INVITATIONS, VolunteerInvitations.TEMPLATE, parameters);
    }

    /** A news item (the delivery) for a signer who asked for updates. */
    public NotificationRequested update(Petition petition, Signature signature, String updateKey, String updateTitle,
            String updateText) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("petitionTitle", petition.title(signature.language()));
        parameters.put("updateTitle", updateTitle);
        parameters.put("updateText", updateText);
        parameters.put("petitionUrl", petitionUrl(petition, signature.language()));
        return request(signature, signature.id() + ":" + updateKey, NotificationCategory.CAMPAIGN_UPDATES, UPDATE,
                parameters);
    }

    /** The decision-maker's response, for a signer who asked for updates. */
    public NotificationRequested response(Petition petition, Signature signature, String updateKey) {
        String language = signature.language();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("petitionTitle", petition.title(language));
        parameters.put("decisionMaker", petition.details().decisionMaker(language));
        parameters.put("responseText", petition.response().summary(language));
        parameters.put("petitionUrl", petitionUrl(petition, language));
        return request(signature, signature.id() + ":" + updateKey, NotificationCategory.CAMPAIGN_UPDATES, RESPONSE,
                parameters);
    }

    private NotificationRequested request(Signature signature, String requestId, NotificationCategory category,
            String template, Map<String, String> parameters) {
        return request(signature, requestId, category, template, parameters, signature.language());
    }

    private NotificationRequested request(Signature signature, String requestId, NotificationCategory category,
            String template, Map<String, String> parameters, String language) {
        NotificationRequest request = NotificationRequest.builder().requestId(requestId).requestingService("petitions")
                .category(category).templateKey(template).locale(language);
        Signer signer = signature.signer();
        boolean byText = category == NotificationCategory.CAMPAIGN_UPDATES ? !signature.updatesByEmail()
                : signer.textOnly();
        if (byText) {
            request.textTo(signer.phone(), signer.fullName());
        } else {
            request.recipient(signer.email(), signer.fullName());
        }
        return request.templateParameters(parameters)
                .campaignId(signature.campaignId()).supporterId(signature.supporterId())
                .relatedIds(List.of(signature.petitionId(), signature.id())).requestedAt(clock.instant()).build();
    }

    private String validFor(String language) {
        Locale locale = Locale.forLanguageTag(language);
        long hours = ttl.toHours();
        if (hours >= 48 && hours % 24 == 0) {
            return messages.getMessage("signature.mail.valid-days", new Object[] { hours / 24 }, locale);
        }
        return messages.getMessage("signature.mail.valid-hours", new Object[] { Math.max(1, hours) }, locale);
    }

    private String link(Signature signature, String path, Map<String, String> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(baseUrl).path("/petitions/{slug}" + path);
        query.forEach(uri::queryParam);
        uri.queryParam("lang", signature.language());
        return uri.buildAndExpand(signature.slug()).encode().toUriString();
    }

    String petitionUrl(Petition petition, String language) {
        return UriComponentsBuilder.fromUri(baseUrl).path("/petitions/{slug}").queryParam("lang", language)
                .buildAndExpand(petition.slug()).encode().toUriString();
    }
}
