package org.plaza.devstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plaza.devstack.kafka.KafkaBroker;
import org.plaza.devstack.mail.MailServer;
import org.plaza.devstack.sms.SmsSinkServer;
import org.plaza.devstack.mongo.MongoStore;
import org.plaza.devstack.process.Component;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.LogFiles;
import org.plaza.devstack.service.ServiceCatalog;
import org.plaza.devstack.service.SharedJvm;
import org.plaza.devstack.service.SpringService;

/**
 * The components of one stack for given settings: Kafka, MongoDB, mail and the SMS sink first (the last two inside
 * the launcher's JVM), then every service found under {@code services/}. Also the one place that knows the stop order.
 */
final class Stack {

    /** Infrastructure stops after the services, in this order (Kafka first, so it can shut down cleanly). */
    static final List<String> INFRASTRUCTURE = List.of("kafka", "mongo", "mail", "sms");

    private final Settings settings;
    private final KafkaBroker kafka;
    private final MongoStore mongo;
    private final MailServer mail;
    private final SmsSinkServer sms;
    private final ServiceCatalog catalog;
    private final List<SpringService> services;
    /** The services in one JVM ({@code --jvms shared}); null when each runs in its own. */
    private final SharedJvm sharedJvm;

    private Stack(Settings settings) {
        this.settings = settings;
        JavaCommand java = new JavaCommand(JavaCommand.currentJava(), settings.classpath());
        this.kafka = new KafkaBroker(java, settings.jvmOptions("kafka"), settings.kafkaDir(),
                settings.kafkaPort(), settings.kafkaControllerPort());
        this.mongo = new MongoStore(java, settings.jvmOptions("mongo"), settings.mongoDir(),
                settings.mongoPort(), settings.mongoSocketTimeoutMillis());
        this.mail = new MailServer(settings.mailDir(), settings.smtpPort(), settings.mailViewerPort());
        this.catalog = ServiceCatalog.load(settings.repo()).only(settings.services());
        this.sms = new SmsSinkServer(settings.smsPort(), notificationsUrl());
        this.services = catalog.services().stream()
                .map(service -> new SpringService(service, service.port() + settings.servicePortOffset(),
                        settings.runtimeDir().resolve("services"), settings.servicesDir().resolve(service.name()),
                        java, settings.serviceJvmOptions(service.name()), wiring(), settings.classDataSharing()))
                .toList();
        LogFiles logs = new LogFiles(settings.logsDir());
        this.sharedJvm = settings.sharedJvm() && !services.isEmpty()
                ? new SharedJvm(services, settings.runtimeDir().resolve("services"),
                        settings.servicesDir().resolve(SharedJvm.NAME), java, settings.jvmOptions(SharedJvm.NAME),
                        logs::openForRun)
                : null;
    }

    static Stack of(Settings settings) {
        return new Stack(settings);
    }

    List<Component> infrastructure() {
        return List.of(kafka, mongo, mail, sms);
    }

    List<SpringService> services() {
        return services;
    }

    /** What runs the services: a process each, or one shared JVM. */
    List<Component> serviceComponents() {
        return sharedJvm != null ? List.of(sharedJvm) : List.copyOf(services);
    }

    List<Component> all() {
        List<Component> all = new ArrayList<>(infrastructure());
        all.addAll(serviceComponents());
        return all;
    }

    /** Copies every service jar into the runtime folder; the message says which one is missing. */
    void stageServiceJars() throws IOException {
        for (SpringService service : services) {
            service.stageJar();
        }
    }

    MailServer mail() {
        return mail;
    }

    SmsSinkServer sms() {
        return sms;
    }

    MongoStore mongo() {
        return mongo;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    /** The gateway's URL, when the repository has a gateway service. */
    Optional<String> gatewayUrl() {
        return services.stream()
                .filter(service -> service.name().equals("gateway"))
                .findFirst()
                .map(service -> "http://localhost:" + service.port());
    }

    /** Services first, then Kafka, MongoDB, mail and the SMS sink; works on names from a pid file too. */
    static Comparator<String> stopOrder() {
        return Comparator.comparingInt(INFRASTRUCTURE::indexOf);
    }

    /** Where the SMS sink posts residents' replies: the notifications service, as the stack runs it. */
    private String notificationsUrl() {
        return catalog.services().stream().filter(service -> service.name().equals("notifications")).findFirst()
                .map(service -> "http://127.0.0.1:" + (service.port() + settings.servicePortOffset()))
                .orElse("http://127.0.0.1:8086");
    }

    private SpringService.Wiring wiring() {
        Map<String, String> urls = new LinkedHashMap<>();
        catalog.services().forEach(service -> urls.put(service.name(),
                "http://127.0.0.1:" + (service.port() + settings.servicePortOffset())));
        return new SpringService.Wiring("127.0.0.1:" + settings.kafkaPort(), mongo::uriFor,
                "127.0.0.1", settings.smtpPort(), urls, "http://127.0.0.1:" + settings.smsPort());
    }
}
