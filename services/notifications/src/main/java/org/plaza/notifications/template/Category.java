package org.plaza.notifications.template;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kinds of message, the unit a recipient unsubscribes from. Verification codes, confirmations and a
 * public body's packet are always sent; the other kinds stop once the recipient opts out.
 */
public enum Category {

    TRANSACTIONAL(true),
    PUBLIC_BODY_DELIVERY(true),
    CAMPAIGN_UPDATES(false),
    REMINDERS(false),
    INVITATIONS(false);

    private final boolean alwaysSent;

    Category(boolean alwaysSent) {
        this.alwaysSent = alwaysSent;
    }

    /** Whether this kind of message ignores unsubscribes (and therefore carries no unsubscribe link). */
    public boolean alwaysSent() {
        return alwaysSent;
    }

    /** Message-bundle key of this category's name, as residents read it. */
    public String messageKey() {
        return "notifications.category." + name();
    }

    public static Optional<Category> parse(String name) {
        return Arrays.stream(values()).filter(category -> category.name().equals(name)).findFirst();
    }

    /** The categories a recipient can unsubscribe from. */
    public static List<Category> optional() {
        return Arrays.stream(values()).filter(category -> !category.alwaysSent).toList();
    }
}
