package org.plaza.outreach.shift.web;

import java.util.ArrayList;
import java.util.List;

import org.plaza.outreach.shift.TrainingRequest;
import org.springframework.validation.Errors;

/**
 * The training-series form as typed: the shared details once and a row per session. Empty rows are left out;
 * {@link #rowOf} maps a session's position in the request back to its row, for errors next to the right row.
 */
public class TrainingForm extends SchedulingForm {

    static final int MAX_ROWS = 20;

    private List<SessionRow> sessions = new ArrayList<>();

    /** One session's local start and end, as typed. */
    public static class SessionRow {

        private String startsAt;
        private String endsAt;

        public String getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(String startsAt) {
            this.startsAt = startsAt;
        }

        public String getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(String endsAt) {
            this.endsAt = endsAt;
        }

        boolean empty() {
            return (startsAt == null || startsAt.isBlank()) && (endsAt == null || endsAt.isBlank());
        }
    }

    /** At least {@code rows} session rows (at most {@link #MAX_ROWS}), keeping those typed. */
    void ensureRows(int rows) {
        while (sessions.size() < Math.min(rows, MAX_ROWS)) {
            sessions.add(new SessionRow());
        }
    }

    /** The filled rows, in order. */
    List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            if (!sessions.get(i).empty()) {
                filled.add(i);
            }
        }
        return filled;
    }

    /** The form row of the request's session {@code index}. */
    int rowOf(int index) {
        List<Integer> filled = filledRows();
        return index < filled.size() ? filled.get(index) : index;
    }

    TrainingRequest toRequest(String campaignId, Errors errors) {
        List<TrainingRequest.Session> requested = new ArrayList<>();
        for (int row : filledRows()) {
            SessionRow session = sessions.get(row);
            requested.add(new TrainingRequest.Session(
                    time(session.getStartsAt(), "sessions[" + row + "].startsAt", errors),
                    time(session.getEndsAt(), "sessions[" + row + "].endsAt", errors)));
        }
        return new TrainingRequest(campaignId, getTitleEs(), getTitleEn(), getDescriptionEs(), getDescriptionEn(),
                getCommunity(), getAddress(), capacity(errors), minimumVolunteers(errors), getLanguagesNeeded(),
                getLeadStaffId(), requested);
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionRow> sessions) {
        this.sessions = sessions == null ? new ArrayList<>() : sessions;
    }
}
