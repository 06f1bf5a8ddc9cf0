package org.plaza.comments.comment;

import org.plaza.events.comments.CommentSubmitted.Position;

/**
 * What a resident wrote and chose, already checked.
 *
 * @param community        community code
 * @param language         the language the comment is written in
 * @param speakingLanguage the language they will speak in at the meeting, when they want to speak
 */
public record CommentContent(String name, String community, String organization, Position position, String text,
        String language, boolean wantsToSpeak, String speakingLanguage, boolean volunteerOptIn) {
}
