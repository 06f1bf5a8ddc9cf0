package org.plaza.comments.drive;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The drives. */
public interface CommentDrives extends MongoRepository<CommentDrive, String> {

    List<CommentDrive> findByStatusAndCommentDeadlineLessThanEqual(DriveStatus status, Instant now);

    List<CommentDrive> findByStatusOrderByCommentDeadlineAsc(DriveStatus status);

    List<CommentDrive> findByPacketPendingTrue();

    List<CommentDrive> findByCampaignIdOrderByOpenedAtDesc(String campaignId);

    List<CommentDrive> findAllByOrderByOpenedAtDesc();
}
