package org.plaza.notifications.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Building and writing an email must not search the class path for Jakarta Mail's stream provider. */
class MailStreamProvidersTest {

    private static final String SERVICE_FILE = "META-INF/services/jakarta.mail.util.StreamProvider";

    private final AtomicInteger serviceLookups = new AtomicInteger();
    private ClassLoader original;
    private String originalProperty;

    @BeforeEach
    void countServiceLookups() {
        original = Thread.currentThread().getContextClassLoader();
        originalProperty = System.getProperty(MailStreamProviders.PROPERTY);
        System.clearProperty(MailStreamProviders.PROPERTY);
        Thread.currentThread().setContextClassLoader(new ClassLoader(original) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                if (SERVICE_FILE.equals(name)) {
                    serviceLookups.incrementAndGet();
                }
                return super.getResources(name);
            }
        });
    }

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(original);
        if (originalProperty == null) {
            System.clearProperty(MailStreamProviders.PROPERTY);
        } else {
            System.setProperty(MailStreamProviders.PROPERTY, originalProperty);
        }
    }

    @Test
    void withoutANamedProviderEveryMessageSearchesTheClassPath() throws Exception {
        writeOneEmail();

        assertThat(serviceLookups).as("the cost this class removes").hasPositiveValue();
    }

    @Test
    void aPinnedProviderBuildsAndWritesEmailsWithoutSearchingTheClassPath() throws Exception {
        MailStreamProviders.pin();

        String written = writeOneEmail();

        assertThat(serviceLookups).hasValue(0);
        assertThat(written).contains("Hola, Rosa", "Hello, Rosa").contains("Content-Transfer-Encoding");
    }

    @Test
    void aProviderTheJvmWasStartedWithIsKept() {
        System.setProperty(MailStreamProviders.PROPERTY, "com.example.OtherProvider");

        MailStreamProviders.pin();

        assertThat(System.getProperty(MailStreamProviders.PROPERTY)).isEqualTo("com.example.OtherProvider");
    }

    private static String writeOneEmail() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("Confirma tu firma — confirm your signature", StandardCharsets.UTF_8.name());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hola, Rosa. Hello, Rosa.", StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Hola, Rosa. Hello, Rosa.</p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
