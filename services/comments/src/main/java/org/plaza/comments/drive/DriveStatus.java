package org.plaza.comments.drive;

/** Whether a drive takes comments. */
public enum DriveStatus {
    OPEN, CLOSED
}
