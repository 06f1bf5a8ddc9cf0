package org.plaza.outreach.signup.web;

import org.plaza.outreach.shift.Seats;
import org.plaza.outreach.signup.Signup;

/**
 * A sign-up as its volunteer sees it.
 *
 * @param waitlistPosition the place in line now (1 first), 0 when not waiting
 * @param code             the short code to show at check-in, once confirmed
 * @param manageUrl        the personal link to see or cancel it
 */
record SignupView(String signupId, String shiftId, String volunteerId, String status, String role, int waitlistPosition,
        String code, String manageUrl, String presence, int minutesServed) {

    static SignupView of(Signup signup, Seats.Ledger ledger, String manageUrl) {
        int position = signup.status() == Signup.Status.WAITLISTED && ledger != null ? ledger.waitlistPosition(signup.id()) : 0;
        return new SignupView(signup.id(), signup.shiftId(), signup.volunteerId(), signup.status().name(), signup.role(),
                position, signup.status() == Signup.Status.CONFIRMED ? signup.code() : null, manageUrl,
                signup.presence() == null ? null : signup.presence().name(), signup.minutesServed());
    }
}
