package org.plaza.comments.comment;

/** Published in-process after a comment's confirmed text changed (confirmed or edited), for grouping. */
public record CommentChanged(String commentId) {
}
