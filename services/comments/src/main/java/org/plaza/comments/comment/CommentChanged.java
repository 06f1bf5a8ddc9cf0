package org.plaza.comments.comment;

import org.plaza.comments.drive.CommentDrive;

/**
 * Published in-process after a comment's confirmed text changed (confirmed or edited), for grouping: the comment as
 * it was just saved and its drive, so grouping reads neither again.
 */
public record CommentChanged(Comment comment, CommentDrive drive) {
}
