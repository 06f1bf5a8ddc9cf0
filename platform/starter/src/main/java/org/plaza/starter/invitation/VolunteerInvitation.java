package org.plaza.starter.invitation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a volunteer invitation link says, signed by the service that sent it (see {@link VolunteerInvitations}).
 * No contact details: the resident types their email again, and it is matched to the pseudonym.
 *
 * @param v           format version, 1
 * @param supporterId the invited resident's pseudonym
 * @param campaignId  the campaign they acted on
 * @param community   their community code, to pre-fill the form
 * @param language    the language they used (es or en), to open the form in it
 * @param source      {@link VolunteerInvitations#PETITION_LEAD} or {@link VolunteerInvitations#COMMENT_LEAD}
 * @param sourceId    the signature or comment that made them a lead
 * @param expiresAt   when the link stops working
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolunteerInvitation(int v, String supporterId, String campaignId, String community, String language,
        String source, String sourceId, Instant expiresAt) {
}
