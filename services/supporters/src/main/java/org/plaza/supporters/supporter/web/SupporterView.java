package org.plaza.supporters.supporter.web;

import java.time.Instant;
import java.util.List;

import org.plaza.supporters.supporter.Action;
import org.plaza.supporters.supporter.Consent;
import org.plaza.supporters.supporter.Note;
import org.plaza.supporters.supporter.Supporter;

/** A supporter as the staff API shows them: contact details, consent in force and its history, actions, tags, notes. */
record SupporterView(String supporterId, String name, String email, String phone, String language, String community,
        List<String> consentsGranted, List<Consent> consentHistory, List<Action> actions, List<String> tags,
        List<Note> notes, Instant firstSeenAt, Instant lastActiveAt) {

    static SupporterView of(Supporter s) {
        return new SupporterView(s.id(), s.name(), s.email(), s.phone(), s.language(), s.community(),
                List.copyOf(s.grantedPurposes()), s.consents(), s.actions(), s.tags(), s.notes(), s.firstSeenAt(),
                s.lastActiveAt());
    }

    /** One row of the list: no history, no notes. */
    record Row(String supporterId, String name, String email, String phone, String language, String community,
            List<String> consentsGranted, List<String> tags, Instant lastActiveAt) {

        static Row of(Supporter s) {
            return new Row(s.id(), s.name(), s.email(), s.phone(), s.language(), s.community(),
                    List.copyOf(s.grantedPurposes()), s.tags(), s.lastActiveAt());
        }
    }
}
