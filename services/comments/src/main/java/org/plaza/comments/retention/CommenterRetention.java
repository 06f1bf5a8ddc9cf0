package org.plaza.comments.retention;

import org.plaza.comments.config.CommentsSettings;
import org.plaza.comments.drive.DriveStatus;
import org.plaza.comments.packet.PacketService;
import org.plaza.starter.retention.ClosedItems;
import org.plaza.starter.retention.ErasureStep;
import org.plaza.starter.retention.PersonalDataHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Where comments keeps commenters' personal data, for the starter's retention kit.
 * <ul>
 * <li>After the retention ({@code plaza.comments.anonymize-after}, 180 days after the drive closed): the email or phone,
 * name and organization go, and the drive's stored packet files (they print the names), then the drive is marked
 * {@code personalDataErasedAt}. The text stays: it was submitted to a public body as public record.</li>
 * <li>On {@code SupporterErased}, at once: the same for that person's comments, and also their text, its staff
 * translation and the moderator's note about it; the packet files of every drive they commented on are deleted
 * (a packet compiled again no longer names them; the totals and delivery history stay).</li>
 * </ul>
 * Status, moderation, community, position, language, group and the pseudonymous supporterId stay, so every
 * count and packet total does.
 */
@Configuration(proxyBeanMethods = false)
class CommenterRetention {

    /** What an erased person's comment says instead of their words. */
    static final String ERASED_TEXT = "";

    @Bean
    PersonalDataHolder commentHolder(CommentsSettings settings, PacketService packets) {
        return PersonalDataHolder.in("comments").unset("email", "phone", "content.name", "content.organization")
                .versioned()
                .onErasureAlsoSet("content.text", ERASED_TEXT).onErasureAlsoUnset("translation", "moderationNote")
                .afterItemClosed(ClosedItems.in("drives").linkedBy("driveId").markedAt("personalDataErasedAt")
                        .versioned().where(Criteria.where("status").is(DriveStatus.CLOSED.name()))
                        .after(settings.anonymizeAfter()).then((driveId, at) -> packets.eraseFiles(driveId)))
                .build();
    }

    @Bean
    ErasureStep packetFilesOfAnErasedCommenter(MongoTemplate mongo, PacketService packets) {
        return (supporterId, at) -> mongo
                .findDistinct(Query.query(Criteria.where("supporterId").is(supporterId)), "driveId", "comments",
                        String.class)
                .forEach(packets::eraseFiles);
    }
}
