package org.plaza.comments.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.plaza.comments.comment.Comment;
import org.plaza.comments.comment.CommentStatus;
import org.plaza.comments.comment.Comments;
import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.CommentDrives;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import com.mongodb.bulk.BulkWriteResult;

/**
 * Puts each confirmed comment in a group: the group of an earlier comment with the same normalized text,
 * else of the most similar earlier "representative" whose shingle similarity reaches the threshold, else
 * a group of its own (its own id). Representatives are found through an index of exact keys and MinHash
 * band keys ({@code comment_fingerprints}), each a point lookup, so grouping a comment does not read the
 * whole drive. Organizer decisions (split, merge) are pinned and left alone by regrouping.
 */
@Service
public class Grouping {

    static final String INDEX = "comment_fingerprints";
    private static final Logger log = LoggerFactory.getLogger(Grouping.class);
    private static final int MAX_CANDIDATES = 24;
    /**
     * Entries a band keeps. Candidates are taken from the front of each band's entries, band after band, until there
     * are {@link #MAX_CANDIDATES}: when a band is reached fewer than that are taken, at most that many less one of its
     * entries repeat them and one may be the comment itself, so no entry past this many is ever taken.
     */
    static final int BAND_LIMIT = 2 * MAX_CANDIDATES;

    private final MongoTemplate mongo;
    private final Comments comments;
    private final CommentDrives drives;
    private final CommentsSettings settings;

    Grouping(MongoTemplate mongo, Comments comments, CommentDrives drives, CommentsSettings settings) {
        this.mongo = mongo;
        this.comments = comments;
        this.drives = drives;
        this.settings = settings;
    }

    /**
     * Groups one comment, as it was just saved, if it is confirmed and not yet grouped; safe to call again (the group
     * is written only while the comment still has that revision and no group).
     */
    public void group(Comment comment, CommentDrive drive) {
        if (comment.status() == CommentStatus.CONFIRMED && comment.groupKey() == null) {
            assign(comment, drive.similarityThresholdOr(settings.similarityThreshold()));
        }
    }

    /** Groups every confirmed comment of the drive that has no group yet (after a crash, before a packet). */
    public int groupPending(String driveId) {
        double threshold = threshold(driveId);
        Query pending = Query.query(Criteria.where("driveId").is(driveId).and("status").is(CommentStatus.CONFIRMED)
                .and("groupKey").is(null)).with(Sort.by("_id"));
        pending.fields().include("_id");
        int grouped = 0;
        for (String id : mongo.find(pending, Document.class, "comments").stream().map(d -> d.getString("_id")).toList()) {
            Optional<Comment> comment = comments.findById(id);
            if (comment.isPresent() && comment.get().groupKey() == null) {
                assign(comment.get(), threshold);
                grouped++;
            }
        }
        return grouped;
    }

    /** Forgets the automatic groups of a drive and groups its comments again, in the order they arrived. */
    public int regroup(String driveId) {
        mongo.remove(Query.query(Criteria.where("driveId").is(driveId)), INDEX);
        mongo.updateMulti(Query.query(Criteria.where("driveId").is(driveId).and("groupPinned").ne(true)),
                new Update().set("groupKey", null).inc("version", 1), Comment.class);
        return groupPending(driveId);
    }

    private double threshold(String driveId) {
        return drives.findById(driveId).map(drive -> drive.similarityThresholdOr(settings.similarityThreshold()))
                .orElse(settings.similarityThreshold());
    }

    private void assign(Comment comment, double threshold) {
        TextFingerprint print = TextFingerprint.of(comment.content().text());
        String exactId = comment.driveId() + "|x|" + print.exactKey();
        Entries entries = entries(exactId, print, comment);
        String groupKey = representativeGroup(entries.exact(), print, comment, true, threshold)
                .or(() -> similarGroup(entries, print, comment, threshold))
                .orElseGet(() -> becomeRepresentative(exactId, entries, comment, threshold, print));
        Query unchanged = Query.query(Criteria.where("_id").is(comment.id()).and("revision").is(comment.revision())
                .and("groupKey").is(null));
        mongo.updateFirst(unchanged, new Update().set("groupKey", groupKey).set("groupedRevision", comment.revision())
                .inc("version", 1), Comment.class);
    }

    /** The group of the representative an exact-text entry names, if it still stands for this text. */
    private Optional<String> representativeGroup(Document entry, TextFingerprint print, Comment comment, boolean exact,
            double threshold) {
        if (entry == null) {
            return Optional.empty();
        }
        return comparable(entry.getString("representativeId"), comment)
                .filter(rep -> exact ? TextFingerprint.of(rep.content().text()).exactKey().equals(print.exactKey())
                        : TextFingerprint.of(rep.content().text()).similarity(print) >= threshold)
                .map(Grouping::groupOf);
    }

    /**
     * The index entries of a text, read in one query: its exact-text entry, and its MinHash bands' entries with the
     * candidates they name, at most {@link #MAX_CANDIDATES} and never the comment itself, and which bands are full
     * ({@link #BAND_LIMIT}).
     */
    private Entries entries(String exactId, TextFingerprint print, Comment comment) {
        Set<String> candidates = new LinkedHashSet<>();
        Set<String> full = new HashSet<>();
        List<String> bandIds = print.bandKeys().stream().map(key -> comment.driveId() + "|b|" + key).toList();
        Map<String, Document> found = new HashMap<>();
        List<String> ids = new ArrayList<>(bandIds.size() + 1);
        ids.add(exactId);
        ids.addAll(bandIds);
        for (Document entry : mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, INDEX)) {
            found.put(entry.getString("_id"), entry);
        }
        for (String bandId : bandIds) {
            Document band = found.get(bandId);
            if (band == null) {
                continue;
            }
            List<String> reps = band.getList("representatives", String.class, List.of());
            if (reps.size() >= BAND_LIMIT) {
                full.add(bandId);
            }
            for (String rep : reps) {
                if (candidates.size() < MAX_CANDIDATES && !rep.equals(comment.id())) {
                    candidates.add(rep);
                }
            }
        }
        return new Entries(found.get(exactId), bandIds, candidates, full);
    }

    /**
     * A text's exact-text entry (null when there is none), its band ids, the candidates their entries name, and the
     * band ids whose entries are full.
     */
    private record Entries(Document exact, List<String> bandIds, Set<String> candidates, Set<String> full) {
    }

    private Optional<String> similarGroup(Entries entries, TextFingerprint print, Comment comment, double threshold) {
        if (entries.candidates().isEmpty()) {
            return Optional.empty();
        }
        Comment best = null;
        double bestSimilarity = -1;
        for (Comment candidate : comments.findAllById(entries.candidates())) {
            if (candidate.status() != CommentStatus.CONFIRMED || !candidate.driveId().equals(comment.driveId())) {
                continue;
            }
            double similarity = TextFingerprint.of(candidate.content().text()).similarity(print);
            if (similarity >= threshold && (similarity > bestSimilarity
                    || (similarity == bestSimilarity && candidate.id().compareTo(best.id()) < 0))) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best).map(Grouping::groupOf);
    }

    /**
     * Makes the comment the representative of its exact text and adds it to the entries of its bands that are not
     * full. When the read found no exact-text entry, the claim of that entry and the band entries are one unordered
     * bulk write (one round trip: each is its own idempotent upsert, so their order does not matter and a write cut
     * short is completed by the next); the write tells whether the claim created the entry, and only a comment that
     * lost that race to an identical one reads the entry again (it then joins that comment's group, and its band
     * entries, which only name candidates, change no grouping). A full band is left alone: candidates are taken from
     * the front of each band's entries, and no more than {@link #BAND_LIMIT} of them can ever be reached, so a later
     * entry would change no grouping and only make every look-alike comment of a burst rewrite and re-read a longer
     * list.
     */
    private String becomeRepresentative(String exactId, Entries entries, Comment comment, double threshold,
            TextFingerprint print) {
        boolean claiming = entries.exact() == null;
        if (!claiming) {
            Optional<String> raced = claim(exactId, comment, print, threshold);
            if (raced.isPresent()) {
                return raced.get();
            }
        }
        List<String> open = entries.bandIds().stream().filter(bandId -> !entries.full().contains(bandId)).toList();
        if (!claiming && open.isEmpty()) {
            return comment.id();
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, INDEX);
        if (claiming) {
            writes.upsert(Query.query(Criteria.where("_id").is(exactId)), new Update()
                    .setOnInsert("representativeId", comment.id()).setOnInsert("driveId", comment.driveId()));
        }
        for (String bandId : open) {
            writes.upsert(Query.query(Criteria.where("_id").is(bandId)),
                    new Update().addToSet("representatives", comment.id()).setOnInsert("driveId", comment.driveId()));
        }
        BulkWriteResult written = writes.execute();
        if (claiming && written.getUpserts().stream().noneMatch(upsert -> upsert.getIndex() == 0)) {
            return claim(exactId, comment, print, threshold).orElse(comment.id());
        }
        return comment.id();
    }

    /**
     * Makes the comment the representative named by an exact-text entry that already exists (or that an identical
     * comment created meanwhile), unless that entry names a comparable comment: then that comment's group.
     */
    private Optional<String> claim(String exactId, Comment comment, TextFingerprint print, double threshold) {
        Document claimed = mongo.findAndModify(Query.query(Criteria.where("_id").is(exactId)),
                new Update().setOnInsert("representativeId", comment.id()).setOnInsert("driveId", comment.driveId()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, INDEX);
        String representative = claimed == null ? comment.id() : claimed.getString("representativeId");
        if (!comment.id().equals(representative)) {
            Optional<String> raced = representativeGroup(claimed, print, comment, true, threshold);
            if (raced.isPresent()) {
                return raced;
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(exactId)),
                    new Update().set("representativeId", comment.id()), INDEX);
        }
        return Optional.empty();
    }

    private Optional<Comment> comparable(String representativeId, Comment comment) {
        if (representativeId == null || representativeId.equals(comment.id())) {
            return Optional.empty();
        }
        return comments.findById(representativeId).filter(rep -> rep.status() == CommentStatus.CONFIRMED)
                .filter(rep -> rep.driveId().equals(comment.driveId()));
    }

    private static String groupOf(Comment representative) {
        return representative.groupKey() != null ? representative.groupKey() : representative.id();
    }

    /** Moves comments out of their groups into a new group of their own, pinned. */
    public String split(String driveId, List<String> commentIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(commentIds));
        ids.sort(String::compareTo);
        String key = ids.get(0);
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids).and("driveId").is(driveId)),
                new Update().set("groupKey", key).set("groupPinned", true).inc("version", 1), Comment.class);
        log.info("Split {} comment(s) of drive {} into group {}", ids.size(), driveId, key);
        return key;
    }

    /** Puts every comment of the given groups into the first one, pinned. */
    public String merge(String driveId, List<String> groupKeys) {
        String target = groupKeys.get(0);
        mongo.updateMulti(Query.query(Criteria.where("driveId").is(driveId).and("groupKey").in(groupKeys)),
                new Update().set("groupKey", target).set("groupPinned", true).inc("version", 1), Comment.class);
        return target;
    }
}
