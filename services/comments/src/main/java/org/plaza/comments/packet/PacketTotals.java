package org.plaza.comments.packet;

import java.util.Map;

/**
 * The counts on a packet's cover.
 *
 * @param commentCount       comments in the packet
 * @param uniqueCommentCount comments printed on their own
 * @param groupCount         groups of identical or near-identical comments (two or more members)
 * @param groupedCommentCount comments inside those groups
 */
record PacketTotals(int commentCount, int uniqueCommentCount, int groupCount, int groupedCommentCount,
        int speakerCount, Map<String, Integer> byPosition, Map<String, Integer> byCommunity,
        Map<String, Integer> byLanguage) {
}
