package org.plaza.insights.stats;

/**
 * The supporter journey across actions, by pseudonymous {@code supporterId}: each stage is a subset of
 * the one before it.
 *
 * @param signed                     supporters with a counting signature
 * @param signedAndCommented         of those, supporters who also commented
 * @param signedCommentedVolunteered of those, supporters who also volunteered
 * @param commented                  supporters who commented (signed or not)
 * @param volunteered                supporters who registered, took a shift place or served
 * @param supporters                 supporters who did at least one of these
 * @param severalActions             supporters who did at least two different kinds of action
 */
public record Funnel(long signed, long signedAndCommented, long signedCommentedVolunteered, long commented,
        long volunteered, long supporters, long severalActions) {
}
