package org.plaza.comments.drive;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.plaza.comments.body.PublicBody;
import org.plaza.comments.body.PublicBodyService;
import org.plaza.comments.support.Texts;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.id.Ids;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.stereotype.Service;

/** Opens drives, finds them, and closes them early on an organizer's request. */
@Service
public class DriveService {

    private final CommentDrives drives;
    private final PublicBodyService bodies;
    private final CampaignAccess access;
    private final Clock clock;

    DriveService(CommentDrives drives, PublicBodyService bodies, CampaignAccess access, Clock clock) {
        this.drives = drives;
        this.bodies = bodies;
        this.access = access;
        this.clock = clock;
    }

    public CommentDrive get(String driveId) {
        return drives.findById(driveId)
                .orElseThrow(() -> PlazaProblem.notFound("drive-not-found", "comments.problem.drive-not-found"));
    }

    /** A drive the caller manages. */
    public CommentDrive managed(String driveId) {
        CommentDrive drive = get(driveId);
        access.requireManage(drive.campaignId());
        return drive;
    }

    /** A drive the caller moderates. */
    public CommentDrive moderated(String driveId) {
        CommentDrive drive = get(driveId);
        access.requireModerate(drive.campaignId());
        return drive;
    }

    public List<CommentDrive> openNow() {
        Instant now = clock.instant();
        return drives.findByStatusOrderByCommentDeadlineAsc(DriveStatus.OPEN).stream()
                .filter(drive -> drive.acceptsCommentsAt(now)).toList();
    }

    List<CommentDrive> visibleToStaff(String campaignId) {
        List<CommentDrive> all = campaignId == null ? drives.findAllByOrderByOpenedAtDesc()
                : drives.findByCampaignIdOrderByOpenedAtDesc(campaignId);
        return all.stream().filter(drive -> access.mayManage(drive.campaignId())).toList();
    }

    /** The drives the signed-in staff member manages or moderates, newest first. */
    List<CommentDrive> moderatedByStaff() {
        return drives.findAllByOrderByOpenedAtDesc().stream().filter(drive -> access.mayModerate(drive.campaignId()))
                .toList();
    }

    CommentDrive open(OpenDriveRequest request) {
        access.requireManage(request.campaignId());
        PublicBody body = bodies.get(request.publicBodyId());
        refuseControlCharacters(request);
        Instant now = clock.instant();
        Instant meetingAt = DeadlineRules.at(request.meetingStartsAt(), body.zone());
        Instant deadline = DeadlineRules.deadline(meetingAt, request.commentDeadline(), body.zone(),
                body.deadlineBeforeMeeting());
        String deadlineField = request.commentDeadline() != null ? "commentDeadline" : "meetingStartsAt";
        if (!deadline.isAfter(now)) {
            throw PlazaProblem.badRequest("deadline-in-past", "comments.problem.deadline-in-past")
                    .withFieldError(deadlineField, "comments.drive.deadline.past");
        }
        if (deadline.isAfter(meetingAt)) {
            throw PlazaProblem.badRequest("deadline-after-meeting", "comments.problem.deadline-after-meeting")
                    .withFieldError("commentDeadline", "comments.drive.deadline.after-meeting");
        }
        DriveContent content = new DriveContent(request.agendaItemNumber().strip(), Texts.tidy(request.titleEs()),
                Texts.tidy(request.titleEn()), Texts.tidy(request.agendaUrl()), Texts.tidy(request.decisionEs()),
                Texts.tidy(request.decisionEn()), Texts.tidy(request.talkingPointsEs()),
                Texts.tidy(request.talkingPointsEn()));
        CommentDrive.BodySnapshot snapshot = new CommentDrive.BodySnapshot(body.id(), body.name(), body.kind().name(),
                body.timeZone(), body.meetingLanguage(), body.commentLengthLimit(), body.clerkEmail(),
                body.clerkLanguage());
        CommentDrive drive = CommentDrive.open(Ids.next("drv", now), request.campaignId(), snapshot, meetingAt, content,
                deadline, request.speakingRequestsAllowed(), request.autoApprove(), access.staffId(), now);
        return drives.save(drive);
    }

    CommentDrive setAutoApprove(String driveId, boolean enabled) {
        CommentDrive drive = managed(driveId);
        drive.autoApprove(enabled);
        return drives.save(drive);
    }

    private static void refuseControlCharacters(OpenDriveRequest request) {
        Map<String, String> singleLine = Map.of("titleEs", nullToEmpty(request.titleEs()), "titleEn",
                nullToEmpty(request.titleEn()), "agendaItemNumber", nullToEmpty(request.agendaItemNumber()));
        Map<String, String> multiLine = Map.of("decisionEs", nullToEmpty(request.decisionEs()), "decisionEn",
                nullToEmpty(request.decisionEn()), "talkingPointsEs", nullToEmpty(request.talkingPointsEs()),
                "talkingPointsEn", nullToEmpty(request.talkingPointsEn()));
        PlazaProblem problem = null;
        for (var field : new java.util.TreeMap<>(singleLine).entrySet()) {
            if (Texts.hasControlCharacters(Texts.tidy(field.getValue()), false)) {
                problem = add(problem, field.getKey());
            }
        }
        for (var field : new java.util.TreeMap<>(multiLine).entrySet()) {
            if (Texts.hasControlCharacters(Texts.tidy(field.getValue()), true)) {
                problem = add(problem, field.getKey());
            }
        }
        if (problem != null) {
            throw problem;
        }
    }

    private static PlazaProblem add(PlazaProblem problem, String field) {
        PlazaProblem result = problem != null ? problem
                : PlazaProblem.badRequest("validation", "plaza.problem.validation");
        return result.withFieldError(field, "comments.text.control-characters");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
