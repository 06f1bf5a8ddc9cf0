package org.plaza.notifications.consent;

import org.plaza.notifications.template.Category;

/**
 * What an unsubscribe link stands for: a recipient (the keyed hash of their canonical email) and the
 * category of the message it came in.
 */
public record Unsubscribe(String recipientKey, Category category) {
}
