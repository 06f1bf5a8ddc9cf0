package org.plaza.comments.comment;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;

/** Something arrived after the drive's deadline: refused, in the reader's language, and never counted. */
public class DriveClosedException extends PlazaProblem {

    DriveClosedException(String deadlineText) {
        super(HttpStatus.CONFLICT, "drive-closed", "comments.problem.drive-closed", deadlineText);
    }
}
