package org.plaza.comments.packet;

import java.time.Instant;

import org.bson.Document;

/** One comment as the packet prints it: only the fields it needs, read straight from the cursor. */
record PacketRow(String id, String groupKey, String name, String community, String organization, String position,
        String language, String text, String translation, boolean wantsToSpeak, String speakingLanguage,
        Instant confirmedAt) {

    static final String[] FIELDS = { "_id", "groupKey", "content.name", "content.community", "content.organization",
            "content.position", "content.language", "content.text", "translation", "content.wantsToSpeak",
            "content.speakingLanguage", "confirmedAt" };

    static PacketRow of(Document doc) {
        Document content = doc.get("content", Document.class);
        java.util.Date confirmed = doc.getDate("confirmedAt");
        return new PacketRow(doc.getString("_id"), doc.getString("groupKey"), content.getString("name"),
                content.getString("community"), content.getString("organization"), content.getString("position"),
                content.getString("language"), content.getString("text"), doc.getString("translation"),
                Boolean.TRUE.equals(content.getBoolean("wantsToSpeak")), content.getString("speakingLanguage"),
                confirmed == null ? null : confirmed.toInstant());
    }

    /** The group a row counts in: its own id when it has none. */
    String effectiveGroup() {
        return groupKey != null ? groupKey : id;
    }
}
