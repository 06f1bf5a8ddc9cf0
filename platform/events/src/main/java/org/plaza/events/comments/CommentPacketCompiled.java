package org.plaza.events.comments;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * The clerk's packet for a closed drive was compiled; same comments give the same packet.
 *
 * @param packetId The packet.
 * @param driveId The comment drive.
 * @param campaignId The campaign this item belongs to.
 * @param commentCount Comments in the packet.
 * @param uniqueCommentCount Comments printed on their own (not part of a group).
 * @param groupCount Groups of identical or near-identical comments.
 * @param speakerCount Residents on the speaker list.
 * @param countsByPosition Comments per position.
 * @param countsByCommunity Comments per community code.
 * @param countsByLanguage Comments per language code.
 * @param contentSha256 SHA-256 (hex) of the packet PDF, timestamp excluded.
 * @param compiledAt When it was compiled.
 */
@EventType("plaza.comments.comment-packet-compiled.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentPacketCompiled(
        String packetId,
        String driveId,
        String campaignId,
        int commentCount,
        int uniqueCommentCount,
        int groupCount,
        int speakerCount,
        Map<String, Integer> countsByPosition,
        Map<String, Integer> countsByCommunity,
        Map<String, Integer> countsByLanguage,
        String contentSha256,
        Instant compiledAt) implements PlazaEvent {

    @Override
    public String subject() {
        return driveId;
    }

}
