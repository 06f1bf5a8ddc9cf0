package org.plaza.outreach.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested.Attachment;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.support.Links.Kind;
import org.plaza.outreach.support.Links;
import org.plaza.outreach.support.Mail;
import org.plaza.outreach.training.TrainingCompletion;
import org.plaza.outreach.training.TrainingCompletions;
import org.plaza.outreach.training.TrainingSeries;
import org.plaza.outreach.training.Trainings;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Completes a training when a volunteer has attended every one of its sessions: records the completion
 * (its id is the certificate's), which announces {@code TrainingCompleted} and asks for the certificate email.
 * Driven by this service's own {@code ShiftAttended} events, so a crash after a check-in still completes it.
 */
@Service
public class TrainingProgress {

    private final Shifts shifts;
    private final Trainings trainings;
    private final TrainingCompletions completions;
    private final Signups signups;
    private final Volunteers volunteers;
    private final Links links;
    private final MeterRegistry meters;

    TrainingProgress(Shifts shifts, Trainings trainings, TrainingCompletions completions, Signups signups,
            Volunteers volunteers, Links links, MeterRegistry meters) {
        this.shifts = shifts;
        this.trainings = trainings;
        this.completions = completions;
        this.signups = signups;
        this.volunteers = volunteers;
        this.links = links;
        this.meters = meters;
    }

    public void attended(ShiftAttended event) {
        Optional<TrainingSeries> training = shifts.findById(event.shiftId()).map(Shift::trainingId).flatMap(trainings::findById);
        if (training.isEmpty()) {
            return;
        }
        TrainingSeries series = training.get();
        String certificateId = TrainingCompletion.idOf(series.id(), event.volunteerId());
        if (completions.existsById(certificateId)) {
            return;
        }
        List<Signup> attended = signups.findByVolunteerIdAndShiftIdInAndPresence(event.volunteerId(),
                series.sessionShiftIds(), Signup.Presence.ATTENDED);
        if (attended.stream().map(Signup::shiftId).distinct().count() < series.sessions()) {
            return;
        }
        Instant completedAt = attended.stream().map(Signup::presenceAt).max(Instant::compareTo).orElse(event.recordedAt());
        Volunteer volunteer = volunteers.findById(event.volunteerId()).orElseThrow();
        try {
            completions.insert(TrainingCompletion.complete(series, volunteer.id(), volunteer.supporterId(), completedAt,
                    certificateMail(series, volunteer, certificateId, completedAt)));
            meters.counter("plaza.outreach.trainings.completed").increment();
        } catch (DuplicateKeyException alreadyCompleted) {
            meters.counter("plaza.outreach.trainings.completed.duplicates").increment();
        }
    }

    private NotificationRequested certificateMail(TrainingSeries series, Volunteer volunteer, String certificateId,
            Instant at) {
        if (!volunteer.hasEmail()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(volunteer.preferredLanguage());
        String filename = "en".equals(locale.getLanguage()) ? "certificate.pdf" : "certificado.pdf";
        return Mail.request("outreach:" + certificateId + ":certificate").category(NotificationCategory.TRANSACTIONAL)
                .templateKey("outreach.training-certificate").locale(volunteer.preferredLanguage())
                .recipient(volunteer.email(), volunteer.name())
                .templateParameters(Map.of("trainingTitle", series.title(locale),
                        "certificateUrl", links.url(Kind.CERTIFICATE, certificateId)))
                .campaignId(series.campaignId()).supporterId(volunteer.supporterId())
                .relatedIds(List.of(certificateId, series.id()))
                .attachment(new Attachment(links.internalUrl(Kind.CERTIFICATE, certificateId), filename, "application/pdf"))
                .requestedAt(at).build();
    }
}
