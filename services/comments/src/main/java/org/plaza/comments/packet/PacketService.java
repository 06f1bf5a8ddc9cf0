package org.plaza.comments.packet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.plaza.comments.body.PublicBody;
import org.plaza.comments.body.PublicBodyService;
import org.plaza.comments.comment.CommentStatus;
import org.plaza.comments.comment.Moderation;
import org.plaza.comments.config.BaseUrls;
import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.CommentDrives;
import org.plaza.comments.drive.DriveStatus;
import org.plaza.comments.grouping.Grouping;
import org.plaza.comments.notification.NotificationRequests;
import org.plaza.comments.support.DateTexts;
import org.plaza.comments.support.Secrets;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.id.Ids;
import org.plaza.starter.jobs.JobQueue;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.vocabulary.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Compiles packets (streaming PDF and CSV straight into GridFS), delivers them to the clerk through the
 * notifications service with links only that delivery knows (the PDF and the CSV, both attached), and serves
 * the files behind those links.
 * After a drive closes its packet is compiled once, guarded by a lease so two instances do not both do it, in the
 * background by the job {@code comments.packets}.
 */
@Service
public class PacketService {

    static final String FILES = "packet_files";
    static final String LEASES = "packet_leases";
    private static final Logger log = LoggerFactory.getLogger(PacketService.class);
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final Packets packets;
    private final CommentDrives drives;
    private final PublicBodyService bodies;
    private final Grouping grouping;
    private final MongoTemplate mongo;
    private final MessageSource messages;
    private final CommentsSettings settings;
    private final Vocabulary vocabulary;
    private final BaseUrls urls;
    private final MeterRegistry meters;
    private final Clock clock;
    private final JobQueue<String> closedDrives = new JobQueue<>();

    PacketService(Packets packets, CommentDrives drives, PublicBodyService bodies, Grouping grouping, MongoTemplate mongo,
            MessageSource messages, CommentsSettings settings, Vocabulary vocabulary, BaseUrls urls, MeterRegistry meters, Clock clock) {
        this.packets = packets;
        this.drives = drives;
        this.bodies = bodies;
        this.grouping = grouping;
        this.mongo = mongo;
        this.messages = messages;
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.urls = urls;
        this.meters = meters;
        this.clock = clock;
    }

    /** Compiles (and possibly delivers) the packet of a drive that just closed, off the caller's thread. */
    public void compileAfterCloseLater(String driveId) {
        closedDrives.add(driveId);
    }

    /** Compiles the packets of closed drives, one at a time, on a thread of its own. */
    @Bean
    static PlazaJob packetsJob(PacketService packets) {
        return packets.closedDrives.job("comments.packets", packets::compileAfterClose, (driveId, e) -> log
                .error("Packet of drive {} could not be compiled; the next closing check tries again", driveId, e));
    }

    /** The packet a closing owes, unless another instance holds the lease; delivered when nothing awaits moderation. */
    void compileAfterClose(String driveId) {
        CommentDrive drive = drives.findById(driveId).orElse(null);
        if (drive == null || !drive.packetPending() || !claim(driveId)) {
            return;
        }
        try {
            Packet packet = compile(drive, null);
            markCompiled(driveId);
            if (settings.autoDeliverPacket() && packet.totals().commentCount() > 0 && awaitingModeration(driveId) == 0) {
                deliver(packet.id(), null);
            }
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(driveId)), LEASES);
        }
    }

    Packet compileNow(String driveId, String staffId) {
        CommentDrive drive = drives.findById(driveId).orElseThrow();
        if (drive.status() != DriveStatus.CLOSED) {
            throw PlazaProblem.conflict("drive-open", "comments.problem.drive-still-open");
        }
        Packet packet = compile(drive, staffId);
        if (drive.packetPending()) {
            markCompiled(driveId);
        }
        return packet;
    }

    private Packet compile(CommentDrive drive, String staffId) {
        Timer.Sample timing = Timer.start(meters);
        grouping.groupPending(drive.id());
        PacketLabels labels = new PacketLabels(messages, vocabulary, Locale.forLanguageTag(clerk(drive).language()));
        PacketSource source = new PacketSource(mongo, drive);
        long started = System.nanoTime();
        PacketTotals totals = source.totals();
        long counted = System.nanoTime();
        Instant compiledAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String packetId = Ids.next("pkt", compiledAt);
        byte[] fileId = Arrays.copyOf(Secrets.sha256(drive.id()).getBytes(java.nio.charset.StandardCharsets.US_ASCII), 16);
        GridFSBucket bucket = GridFSBuckets.create(mongo.getDb(), FILES);
        MaskingDigest pdfDigest = new MaskingDigest(PacketPdf.timestampSpellings(compiledAt));
        Stored pdf = store(bucket, packetId + ".pdf", pdfDigest,
                out -> new PacketPdf(labels).write(out, source, totals, compiledAt, fileId));
        long rendered = System.nanoTime();
        MaskingDigest csvDigest = new MaskingDigest(List.of());
        Stored csv = store(bucket, packetId + ".csv", csvDigest,
                out -> new PacketCsv(drive.meetingLanguage()).write(out, source));
        Packet packet = Packet.compiled(packetId, drive.id(), drive.campaignId(), drive.publicBodyId(), compiledAt,
                staffId, totals, new PacketFiles(pdf.id(), csv.id(), pdf.sha256(), csv.sha256(), pdf.bytes(),
                        csv.bytes()));
        long written = System.nanoTime();
        packets.save(packet);
        timing.stop(meters.timer("plaza.comments.packet.compile"));
        log.info("Compiled packet {} of drive {}: {} comments, {} groups, {} speakers, {} PDF bytes; totals {} ms, "
                + "PDF {} ms, CSV {} ms", packetId, drive.id(), totals.commentCount(), totals.groupCount(),
                totals.speakerCount(), pdf.bytes(), (counted - started) / 1_000_000, (rendered - counted) / 1_000_000,
                (written - rendered) / 1_000_000);
        return packet;
    }

    private record Stored(String id, String sha256, long bytes) {
    }

    private static Stored store(GridFSBucket bucket, String filename, MaskingDigest digest, Consumer<OutputStream> writer) {
        try (GridFSUploadStream upload = bucket.openUploadStream(filename)) {
            Tee tee = new Tee(new BufferedOutputStream(upload, 64 * 1024), digest);
            writer.accept(tee);
            tee.flush();
            return new Stored(upload.getObjectId().toHexString(), digest.hex(), tee.count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The largest CSV attached next to the PDF. Above it (some 75,000 comments) the email would pass the size mail
     * servers accept and the notifications service's per-file limit, and the clerk would get nothing: the email
     * then carries the PDF alone, and organizers download the CSV from the packet page.
     */
    static final long CSV_ATTACHMENT_LIMIT = 15L * 1024 * 1024;

    /** Sends a packet to the public body's clerk (again); each delivery has its own download link. */
    Delivery deliver(String packetId, String staffId) {
        return Retries.onConflict(5, () -> {
            Packet packet = get(packetId);
            CommentDrive drive = drives.findById(packet.driveId()).orElseThrow();
            Clerk clerk = clerk(drive);
            Instant now = clock.instant();
            String token = Secrets.token();
            Locale locale = Locale.forLanguageTag(clerk.language());
            int number = packet.deliveries().size() + 1;
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("itemTitle", drive.content().title(clerk.language()));
            parameters.put("agendaItem", drive.content().agendaItemNumber());
            parameters.put("meetingDate", DateTexts.dateTime(drive.meetingAt(), drive.zone(), locale));
            parameters.put("commentCount", Integer.toString(packet.totals().commentCount()));
            parameters.put("publicBody", drive.bodyName());
            parameters.put("speakerCount", Integer.toString(packet.totals().speakerCount()));
            String link = urls.packetBase() + "/internal/comments/packets/" + packet.id() + "/" + token;
            NotificationRequested.Attachment pdf = new NotificationRequested.Attachment(link,
                    "public-comments-" + drive.id() + ".pdf", "application/pdf");
            NotificationRequested.Attachment csv = new NotificationRequested.Attachment(link + "/csv",
                    "public-comments-" + drive.id() + ".csv", "text/csv; charset=UTF-8");
            NotificationRequested request = NotificationRequests.packet(packet.id(), number, clerk.language(),
                    clerk.email(), drive.bodyName(), parameters, drive.campaignId(), List.of(drive.id(), packet.id()),
                    pdf, packet.csvBytes() <= CSV_ATTACHMENT_LIMIT ? List.of(csv) : List.of(), now);
            Delivery delivery = packet.deliver(token, now.plus(settings.packetLinkValidity()), staffId, request, now);
            packets.save(packet);
            meters.counter("plaza.comments.packet.deliveries").increment();
            return delivery;
        });
    }

    /**
     * Who receives the drive's packets: the clerk copied onto the drive when it opened, so a later change of the
     * public body never redirects them; the body's current clerk only for a drive opened before drives kept one.
     */
    private Clerk clerk(CommentDrive drive) {
        if (drive.clerkEmail() != null) {
            return new Clerk(drive.clerkEmail(), drive.clerkLanguage() == null ? "en" : drive.clerkLanguage());
        }
        PublicBody body = bodies.get(drive.publicBodyId());
        return new Clerk(body.clerkEmail(), body.clerkLanguage());
    }

    private record Clerk(String email, String language) {
    }

    /**
     * A file of the packet ({@code Packet::pdfFileId} or {@code Packet::csvFileId}) behind a delivery link, while
     * the link is valid and, when the caller names the notification request it fetches for, only for that
     * delivery's request.
     */
    Optional<InputStream> fileForLink(String packetId, String token, String requestId, Function<Packet, String> file) {
        Optional<Packet> packet = packets.findById(packetId);
        return packet.flatMap(p -> p.deliveryFor(token, clock.instant()))
                .filter(delivery -> requestId == null || delivery.notificationRequestId().equals(requestId))
                .map(delivery -> open(file.apply(packet.get())));
    }

    InputStream open(String fileId) {
        try {
            return GridFSBuckets.create(mongo.getDb(), FILES).openDownloadStream(new ObjectId(fileId));
        } catch (MongoGridFSException erased) {
            throw new PlazaProblem(HttpStatus.GONE, "packet-erased", "comments.problem.packet-erased");
        }
    }

    /**
     * Deletes the stored PDF and CSV of every packet of a drive (they print the commenters' names); the
     * packets' totals and delivery history stay. Returns how many files it deleted.
     */
    public int eraseFiles(String driveId) {
        GridFSBucket bucket = GridFSBuckets.create(mongo.getDb(), FILES);
        int erased = 0;
        for (Packet packet : ofDrive(driveId)) {
            for (String fileId : List.of(packet.pdfFileId(), packet.csvFileId())) {
                try {
                    bucket.delete(new ObjectId(fileId));
                    erased++;
                } catch (MongoGridFSException alreadyGone) {
                    log.debug("Packet file {} of drive {} was already erased", fileId, driveId);
                }
            }
        }
        return erased;
    }

    Packet get(String packetId) {
        return packets.findById(packetId)
                .orElseThrow(() -> PlazaProblem.notFound("packet-not-found", "comments.problem.packet-not-found"));
    }

    List<Packet> ofDrive(String driveId) {
        return packets.findByDriveIdOrderByCompiledAtDesc(driveId);
    }

    /** The notifications service could not deliver one of this service's requests. */
    void notificationFailed(NotificationFailed failure) {
        if (!NotificationRequests.SERVICE.equals(failure.requestingService())) {
            return;
        }
        try {
            Retries.onConflict(5, () -> {
                Optional<Packet> packet = packets.findByDeliveriesNotificationRequestId(failure.requestId());
                if (packet.isEmpty() || !packet.get().deliveryFailed(failure.requestId(), failure.reasonCode(),
                        failure.failedAt())) {
                    return;
                }
                packets.save(packet.get());
                log.warn("Packet {} delivery {} failed: {}", packet.get().id(), failure.requestId(), failure.reasonCode());
            });
        } catch (OptimisticLockingFailureException raced) {
            log.debug("Delivery failure of {} kept racing other changes of its packet; not recorded", failure.requestId());
        }
    }

    long awaitingModeration(String driveId) {
        return mongo.count(Query.query(Criteria.where("driveId").is(driveId).and("status").is(CommentStatus.CONFIRMED)
                .and("moderation").is(Moderation.PENDING)), "comments");
    }

    private boolean claim(String driveId) {
        Instant now = clock.instant();
        try {
            mongo.findAndModify(Query.query(Criteria.where("_id").is(driveId).and("until").lt(now)),
                    new Update().set("until", now.plus(LEASE)), FindAndModifyOptions.options().upsert(true),
                    Document.class, LEASES);
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    private void markCompiled(String driveId) {
        Retries.onConflict(5, () -> {
            CommentDrive drive = drives.findById(driveId).orElseThrow();
            drive.packetCompiled();
            drives.save(drive);
        });
    }
}
