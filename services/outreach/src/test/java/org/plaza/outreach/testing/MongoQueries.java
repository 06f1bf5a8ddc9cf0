package org.plaza.outreach.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Counts the commands the service sends to MongoDB from one thread while a piece of code runs, by collection,
 * so a test can bound how many queries a page costs (background jobs on other threads are not counted).
 */
public final class MongoQueries implements CommandListener {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        List<String> collections = recording.get();
        if (collections == null) {
            return;
        }
        BsonValue target = event.getCommand().get(event.getCommandName());
        collections.add(target != null && target.isString() ? target.asString().getValue() : event.getCommandName());
    }

    /** Runs {@code work} on this thread and returns the collection named by every command it sent, in order. */
    public List<String> during(Work work) throws Exception {
        List<String> collections = Collections.synchronizedList(new ArrayList<>());
        recording.set(collections);
        try {
            work.run();
        } finally {
            recording.remove();
        }
        return List.copyOf(collections);
    }

    /** Code whose queries are counted. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Registers the listener with the service's MongoDB client in every test context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        MongoQueries mongoQueries() {
            return new MongoQueries();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countQueries(MongoQueries queries) {
            return settings -> settings.addCommandListener(queries);
        }
    }
}
