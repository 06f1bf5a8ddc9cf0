package org.plaza.supporters.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * How many recipients a broadcast may have before it needs a second approval: what an administrator set on the
 * broadcast settings page, else the deployment's default ({@code plaza.supporters.broadcasts.approval-threshold}).
 * Only administrators change it; each change is audited.
 */
@Service
public class ApprovalPolicy {

    /** The largest threshold an administrator may set. */
    public static final long MAX = 1_000_000;
    private static final int ATTEMPTS = 3;
    /** Digits, with thousands grouped by a comma, a dot or a space as either language writes them ("1,500", "1.500"). */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,7}|\\d{1,3}([,. ]\\d{3}){1,2}");

    private final ApprovalThresholds thresholds;
    private final BroadcastSettings settings;
    private final Clock clock;

    ApprovalPolicy(ApprovalThresholds thresholds, BroadcastSettings settings, Clock clock) {
        this.thresholds = thresholds;
        this.settings = settings;
        this.clock = clock;
    }

    /** The threshold in force now. */
    public long threshold() {
        return current().recipients();
    }

    /** The threshold in force, the default, and who last set it when an administrator did. */
    public Current current() {
        return thresholds.findById(ApprovalThreshold.ID).filter(set -> set.changedAt() != null)
                .map(set -> new Current(set.recipients(), settings.approvalThreshold(), set.changedBy(), set.changedAt()))
                .orElseGet(() -> new Current(settings.approvalThreshold(), settings.approvalThreshold(), null, null));
    }

    /**
     * An administrator sets the threshold ({@code value} as typed: a whole number from 0 to {@value #MAX}; 0 means
     * every broadcast needs a second approval). Others are refused (403); a bad value is refused on field
     * {@code threshold}.
     */
    public Current change(StaffMember staff, String value) {
        if (!staff.isAdmin()) {
            throw new AccessDeniedException("Only administrators set the approval threshold");
        }
        long recipients = parse(value);
        return Retries.onConflictOrDuplicateKey(ATTEMPTS, () -> {
            ApprovalThreshold threshold = thresholds.findById(ApprovalThreshold.ID).orElseGet(ApprovalThreshold::first);
            Instant now = clock.instant();
            threshold.change(recipients, staff.id(), now);
            thresholds.save(threshold);
            return current();
        });
    }

    private static long parse(String value) {
        String typed = value == null ? "" : value.strip();
        if (WHOLE_NUMBER.matcher(typed).matches()) {
            long recipients = Long.parseLong(typed.replaceAll("[^0-9]", ""));
            if (recipients <= MAX) {
                return recipients;
            }
        }
        throw PlazaProblem.badRequest("validation", "supporters.settings.problem.invalid")
                .withFieldError("threshold", "supporters.settings.threshold.invalid", MAX);
    }

    /**
     * @param recipients   the threshold in force
     * @param defaultValue the deployment's default
     * @param changedBy    the administrator who set it, or null when the default applies
     * @param changedAt    when, or null
     */
    public record Current(long recipients, long defaultValue, String changedBy, Instant changedAt) {
    }
}
