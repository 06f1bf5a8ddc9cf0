package org.plaza.comments;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * The commands the service sent to MongoDB while a test watched, so a test can count a request's round trips and
 * see how each one selects documents. Watching is off unless a test turns it on.
 */
public class SentCommands implements CommandListener {

    /** One command: its name ({@code find}, {@code aggregate}, {@code update} …), collection, and the whole command. */
    public record Sent(String name, String collection, BsonDocument command) {

        /** The filter of a {@code find} (empty for other commands). */
        public BsonDocument findFilter() {
            return "find".equals(name) ? command.getDocument("filter", new BsonDocument()) : new BsonDocument();
        }
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile boolean watching;

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (watching && event.getCommand().get(event.getCommandName()) instanceof BsonString target) {
            sent.add(new Sent(event.getCommandName(), target.getValue(), event.getCommand().clone()));
        }
    }

    /** Runs {@code action} and returns the commands sent meanwhile (by any thread of the service). */
    public synchronized List<Sent> during(Runnable action) {
        sent.clear();
        watching = true;
        try {
            action.run();
        } finally {
            watching = false;
        }
        return List.copyOf(sent);
    }

    /** Hands every command the service's MongoDB client sends to the recorder. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        SentCommands sentCommands() {
            return new SentCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer watchSentCommands(SentCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
