package org.plaza.outreach.support;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything about the outreach service an operator may tune ({@code plaza.outreach.*}).
 *
 * @param publicBaseUrl     origin of the links residents open (the gateway in a deployment); blank means
 *                          this instance's own address
 * @param internalBaseUrl   origin the notifications service fetches certificates from; blank means
 *                          {@code http://127.0.0.1:<port>}
 * @param timeZone          the zone organizers schedule in and residents read times in
 * @param reminders         how long before a shift each reminder is sent (24 h and 2 h by default)
 * @param understaffed      when a shift counts as understaffed and how many volunteers it invites
 * @param reconcileInterval how often sign-ups and RSVPs a crash left half-done are completed
 * @param reconcileMinAge   how old such a sign-up (or an RSVP's cancellation) must be before a reconciler touches it
 * @param invitationTtl     how long the volunteer invitation link in a petition or comment email works
 * @param checkInOpensBefore how long before a shift starts organizers may check volunteers in
 * @param maxShiftLength    the longest shift an organizer may schedule
 * @param shiftPageSize     shifts per page on the public shift list and its JSON twin
 * @param confirmation      how a sign-up is confirmed by email before the volunteer can take a place
 * @param personalLinkTtl   how long a volunteer's personal link ({@code /outreach/me/…}) opens their page
 * @param retention         when the contact details of volunteers who stopped taking part are erased
 */
@ConfigurationProperties("plaza.outreach")
public record OutreachSettings(
        @DefaultValue("") String publicBaseUrl,
        @DefaultValue("") String internalBaseUrl,
        @DefaultValue("America/Los_Angeles") ZoneId timeZone,
        @DefaultValue({ "24h", "2h" }) List<Duration> reminders,
        @DefaultValue Understaffed understaffed,
        @DefaultValue("30s") Duration reconcileInterval,
        @DefaultValue("20s") Duration reconcileMinAge,
        @DefaultValue("30d") Duration invitationTtl,
        @DefaultValue("12h") Duration checkInOpensBefore,
        @DefaultValue("16h") Duration maxShiftLength,
        @DefaultValue("20") int shiftPageSize,
        @DefaultValue Confirmation confirmation,
        @DefaultValue("90d") Duration personalLinkTtl,
        @DefaultValue Retention retention) {

    public OutreachSettings {
        reminders = List.copyOf(reminders);
    }


    /**
     * @param leadTime       how long before the start a shift must have reached its minimum
     * @param checkInterval  how often shifts are checked
     * @param maxInvitations volunteers invited at most per understaffed shift
     */
    public record Understaffed(
            @DefaultValue("48h") Duration leadTime,
            @DefaultValue("5m") Duration checkInterval,
            @DefaultValue("50") int maxInvitations) {
    }

    /**
     * @param ttl       how long the link in a confirmation email works; an unconfirmed sign-up is forgotten after it
     * @param maxPerDay confirmation emails at most per address in 24 hours (further sign-ups get the same answer
     *                  and no email)
     */
    public record Confirmation(
            @DefaultValue("48h") Duration ttl,
            @DefaultValue("3") int maxPerDay) {
    }

    /**
     * @param anonymizeAfter how long after a volunteer's last activity (registration, confirmation, the end of
     *                       their last shift) their name, email, phone and guardian's details are erased (the
     *                       starter's job {@code personal-data-retention} looks hourly)
     */
    public record Retention(
            @DefaultValue("180d") Duration anonymizeAfter) {
    }
}
