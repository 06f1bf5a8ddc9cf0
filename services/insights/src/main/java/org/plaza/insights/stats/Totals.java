package org.plaza.insights.stats;

/**
 * The headline numbers of a scope.
 *
 * @param signatures     verified signatures that count (not invalidated)
 * @param comments       confirmed comments that were not withdrawn
 * @param volunteers     volunteers registered (through the scope's campaigns, or all for the whole platform)
 * @param signups        places taken on shifts that were not cancelled
 * @param shifts         shifts scheduled and not cancelled
 * @param shiftsFilled   shifts whose places are all taken
 * @param minutesServed  minutes volunteers served on shifts (latest correction of each check-in)
 * @param trainings      training series completed by volunteers
 * @param supporters     distinct supporters who signed, commented or volunteered
 * @param petitions      petitions published
 * @param drives         comment drives opened
 */
public record Totals(long signatures, long comments, long volunteers, long signups, long shifts, long shiftsFilled,
        long minutesServed, long trainings, long supporters, long petitions, long drives) {

    /** Volunteer hours, rounded down to a tenth. */
    public double hours() {
        return Math.floor(minutesServed / 6.0) / 10.0;
    }
}
