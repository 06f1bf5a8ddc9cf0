package org.plaza.devstack.process;

import java.nio.file.Path;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Sends what an {@link InLauncher} component logs to its own {@code logs/<name>.log}, in the layout its own process
 * used to write there, while the launcher's other logging stays off. Closing it takes the routing away again.
 */
public final class InLauncherLog implements AutoCloseable {

    private static final String PATTERN = "%d{ISO8601} %-5level [%t] %c{1.} - %msg%n";

    private final LoggerContext context;
    private final FileAppender appender;
    private final List<String> loggers;

    private InLauncherLog(LoggerContext context, FileAppender appender, List<String> loggers) {
        this.context = context;
        this.appender = appender;
        this.loggers = loggers;
    }

    /** Routes the loggers (name prefixes) to the file, appending; nothing when Log4j is not the logging backend. */
    public static InLauncherLog route(String component, Path file, List<String> loggers) {
        if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
            return new InLauncherLog(null, null, List.of());
        }
        Configuration config = context.getConfiguration();
        FileAppender appender = FileAppender.newBuilder()
                .setName("plaza-" + component)
                .withFileName(file.toString())
                .withAppend(true)
                .setLayout(PatternLayout.newBuilder().withConfiguration(config).withPattern(PATTERN).build())
                .setConfiguration(config)
                .build();
        appender.start();
        config.addAppender(appender);
        for (String name : loggers) {
            LoggerConfig logger = LoggerConfig.newBuilder()
                    .withLoggerName(name)
                    .withLevel(Level.INFO)
                    .withAdditivity(false)
                    .withConfig(config)
                    .build();
            logger.addAppender(appender, null, null);
            config.addLogger(name, logger);
        }
        context.updateLoggers();
        return new InLauncherLog(context, appender, List.copyOf(loggers));
    }

    @Override
    public void close() {
        if (context == null) {
            return;
        }
        Configuration config = context.getConfiguration();
        loggers.forEach(config::removeLogger);
        context.updateLoggers();
        appender.stop();
    }
}
