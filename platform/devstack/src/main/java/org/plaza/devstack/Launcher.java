package org.plaza.devstack;

import java.util.Arrays;
import java.util.List;

import org.slf4j.LoggerFactory;

/**
 * Entry point behind {@code ./plaza}: {@code up}, {@code down} and {@code status}. The script builds
 * what is needed, copies the runtime jars into the data folder and runs this class from there.
 */
public final class Launcher {

    static final int USAGE = 64;

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Initialise logging once, before the readiness probes use it from several threads at a time.
        LoggerFactory.getILoggerFactory();
        System.exit(run(args, new Console(System.out, System.err)));
    }

    static int run(String[] args, Console console) throws InterruptedException {
        if (args.length == 0) {
            console.refuse("Usage: Launcher up|down|status [options]   (see ./plaza help)");
            return USAGE;
        }
        List<String> options = Arrays.asList(args).subList(1, args.length);
        Settings settings;
        try {
            settings = Settings.parse(options, System.getenv());
        } catch (Settings.UsageException e) {
            console.refuse(e.getMessage() + " (see ./plaza help)");
            return USAGE;
        }
        try {
            return switch (args[0]) {
                case "up" -> new UpCommand(settings, console).run();
                case "down" -> new DownCommand(settings, console).run();
                case "status" -> new StatusCommand(settings, console).run();
                default -> {
                    console.refuse("Unknown command '" + args[0] + "' (see ./plaza help)");
                    yield USAGE;
                }
            };
        } catch (IllegalArgumentException e) {
            console.refuse(e.getMessage());
            return USAGE;
        }
    }
}
