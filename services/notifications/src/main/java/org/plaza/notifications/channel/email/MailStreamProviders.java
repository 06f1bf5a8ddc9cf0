package org.plaza.notifications.channel.email;

/**
 * Names Jakarta Mail's stream provider once, so building a message does not search the class path.
 * Jakarta Mail 2.1 looks its {@code StreamProvider} up again for every body part, multipart and encoded
 * header it makes (jakartaee/mail-api#699, #861); without a name that is a {@code ServiceLoader} scan of
 * every jar in the service, which cost half of this service's CPU time per email. With the system
 * property set, the lookup is a {@code Class.forName} of a class already loaded.
 */
final class MailStreamProviders {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreamProviders() {
    }

    /** Names Angus Mail's provider unless the JVM was started with another one. */
    static void pin() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }
}
