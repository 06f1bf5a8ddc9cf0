package org.plaza.notifications;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Every command the service sends to MongoDB that selects documents, with the thread that sent it and the fields
 * its filter names, so a test can tell a read by key from a search. (The embedded MongoDB answers a filter from an
 * index only when it names exactly the index's fields; anything else reads the whole collection.)
 */
public class MongoCommands implements CommandListener {

    /**
     * One filter of one command: {@code find}, {@code findAndModify}, {@code update}, {@code delete}, {@code count}…
     * A command with several statements (a bulk write) gives one per statement, with the same {@code commandId}.
     * {@code id} is the filter's {@code _id} when it names one string, else null.
     */
    public record Command(String thread, String name, String collection, Set<String> filterFields, String id,
            int commandId) {

        /** Sent by the dispatcher (its poll or one of its senders). */
        public boolean fromDispatcher() {
            return thread.startsWith("plaza-notifications-") || thread.startsWith("plaza-job-notifications.dispatch");
        }
    }

    private final List<Command> commands = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!recording) {
            return;
        }
        String name = event.getCommandName();
        BsonDocument command = event.getCommand();
        BsonValue target = command.get(name);
        if (target == null || !target.isString()) {
            return;
        }
        for (BsonDocument filter : filters(name, command)) {
            BsonValue id = filter.get("_id");
            commands.add(new Command(Thread.currentThread().getName(), name, target.asString().getValue(),
                    Set.copyOf(filter.keySet()), id != null && id.isString() ? id.asString().getValue() : null,
                    event.getRequestId()));
        }
    }

    private static List<BsonDocument> filters(String name, BsonDocument command) {
        List<BsonDocument> filters = new ArrayList<>();
        switch (name) {
            case "find" -> filters.add(command.getDocument("filter", new BsonDocument()));
            case "findAndModify", "count", "distinct" -> filters.add(command.getDocument("query", new BsonDocument()));
            case "update" -> command.getArray("updates").forEach(update -> filters.add(update.asDocument().getDocument("q")));
            case "delete" -> command.getArray("deletes").forEach(delete -> filters.add(delete.asDocument().getDocument("q")));
            case "aggregate" -> filters.add(new BsonDocument("$aggregate", command.get("pipeline")));
            default -> {
            }
        }
        return filters;
    }

    /** Forgets what was recorded and records from now on. */
    public void start() {
        commands.clear();
        recording = true;
    }

    /** Stops recording (nothing is recorded unless a test asks). */
    public void stop() {
        recording = false;
    }

    /** What was recorded since {@link #start}. */
    public List<Command> recorded() {
        synchronized (commands) {
            return List.copyOf(commands);
        }
    }

    /** Registers the recorder with the application's MongoDB client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Recording {

        @Bean
        MongoCommands mongoCommands() {
            return new MongoCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordMongoCommands(MongoCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
