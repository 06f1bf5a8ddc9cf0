package org.plaza.notifications.template;

/** A message ready for the email channel: subject, plain-text part and HTML part. */
public record RenderedEmail(String subject, String text, String html) {
}
