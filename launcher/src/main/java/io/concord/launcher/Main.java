package io.concord.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.concord.command.Command;

/**
 * {@code bin/concord <command> [args]}: starts the runtime, runs the command bundle's command, stops.
 * Commands are services ({@link Command}), so a bundle can add one.
 */
public final class Main {
    /** Held so the level set on it stays (JUL keeps loggers only weakly). */
    private static final java.util.logging.Logger SPIFLY_LOG = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    /** How long a command stopped by a signal may take to record what it has done. */
    private static final long STOP_GRACE_SECONDS = 10;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        // --verbose and --debug are the launcher's, wherever they stand: "annotate docs --out x --debug" works too
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean debug = rest.removeAll(List.of("--debug"));
        boolean verbose = rest.removeAll(List.of("--verbose")) || debug;
        args = rest.toArray(String[]::new);
        if (verbose) {
            System.setProperty(VERBOSITY, debug ? "debug" : "verbose");
        }
        configureLogging(debug ? "debug" : verbose ? "info" : null);
        String distProperty = System.getProperty(Launcher.DIST_PROPERTY);
        if (distProperty == null) {
            err.println("concord: the " + Launcher.DIST_PROPERTY + " system property is not set; start Concord with bin/concord");
            return Command.USAGE;
        }
        Path dist = Path.of(distProperty);
        Path userHome;
        int homeAt = rest.indexOf("--home");
        if (homeAt >= 0) {
            if (homeAt + 1 >= rest.size()) {
                err.println("concord: --home needs a folder: --home DIR");
                return Command.USAGE;
            }
            userHome = Path.of(rest.get(homeAt + 1));
            rest.subList(homeAt, homeAt + 2).clear();
            args = rest.toArray(String[]::new);
        } else {
            userHome = userHome(System.getenv("CONCORD_HOME"), System.getProperty("user.home"));
        }
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args.length == 1 && args[0].equals("help")) {
            // answered from the bundles' descriptors: starting the framework for a usage text costs seconds
            try {
                usage(CommandCatalog.read(dist), args.length == 0 ? err : out);
            } catch (IOException e) {
                err.println("concord: cannot read the installed commands: " + e.getMessage());
                return Command.PARTIAL_FAILURE;
            }
            return args.length == 0 ? Command.USAGE : Command.OK;
        }
        if (args[0].equals("-V") || args[0].equals("--version") || args[0].equals("version")) {
            out.println("Concord " + version() + " (Java " + Runtime.version() + ", " + System.getProperty("java.vm.name")
                    + "; distribution " + dist + "; home " + userHome.toAbsolutePath().normalize() + ")");
            return Command.OK;
        }
        if (args[0].equals("help")) {
            // "help annotate" is "annotate --help"
            args = new String[] {args[1], "--help"};
        }
        try (Launcher launcher = new Launcher(dist, userHome, err)) {
            // On a signal (Ctrl-C, SIGTERM) the running command is interrupted first and given a few seconds to
            // record what it has done (a batch's run.json, for --resume); then the framework stops.
            Thread commandThread = Thread.currentThread();
            AtomicBoolean commandRunning = new AtomicBoolean();
            CountDownLatch commandDone = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                if (commandRunning.get()) {
                    commandThread.interrupt();
                    try {
                        commandDone.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                closeQuietly(launcher);
            }, "concord-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            launcher.start(args[0]);
            Command command = launcher.command(args[0], 5_000);
            if (command == null) {
                err.println("concord: unknown command '" + args[0] + "'");
                usage(launcher.commandSummaries(), err);
                return Command.USAGE;
            }
            int rc;
            commandRunning.set(true);
            try {
                rc = command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
            } finally {
                commandRunning.set(false);
                commandDone.countDown();
            }
            out.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // stopping on a signal: the hook is running
            }
            return rc;
        } catch (Exception e) {
            err.println("concord: cannot start: " + Launcher.rootCause(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return Command.PARTIAL_FAILURE;
        }
    }

    /**
     * The system property that tells commands how much to say: {@code verbose} or {@code debug} (with stack
     * traces of failures), absent by default.
     */
    static final String VERBOSITY = "concord.verbosity";

    /** The distribution's version, from the launcher jar's manifest (unknown when run from classes). */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(unknown version)" : v;
    }

    private static void usage(Map<String, String> commands, PrintStream to) {
        to.println("Usage: bin/concord <command> [options]   (bin/concord help <command> for a command's options)");
        to.println();
        to.println("Commands:");
        commands.forEach((name, summary) -> to.printf("  %-10s %s%n", name, summary));
        to.println();
        to.println("Annotator bundles dropped into deploy/ join the pipeline while Concord runs; deleting one removes it.");
        to.println("bin/concord --version prints the version; --verbose (or --debug, with stack traces) with any "
                + "command says more.");
    }

    /**
     * One line per log record, on standard error; UIMA's chatter only from WARN up. {@code level} (info with
     * --verbose, debug with --debug) lowers the bar for every logger.
     */
    private static void configureLogging(String level) {
        for (java.util.logging.Handler h : java.util.logging.Logger.getLogger("").getHandlers()) {
            h.setFormatter(new OneLineLogFormatter());
            if (level != null) {
                h.setLevel(level.equals("debug") ? java.util.logging.Level.FINE : java.util.logging.Level.INFO);
            }
        }
        if (level != null) {
            java.util.logging.Logger.getLogger("").setLevel(
                    level.equals("debug") ? java.util.logging.Level.FINE : java.util.logging.Level.INFO);
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
            System.setProperty("org.slf4j.simpleLogger.log.io.concord", level);
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.felix.http", level);
            System.setProperty("org.slf4j.simpleLogger.showThreadName", String.valueOf(level.equals("debug")));
        }
        setDefault("org.slf4j.simpleLogger.logFile", "System.err");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setDefault("org.slf4j.simpleLogger.log.io.concord", "info");
        setDefault("org.slf4j.simpleLogger.showThreadName", "false");
        setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
        setDefault("org.slf4j.simpleLogger.levelInBrackets", "false");
        // The workbench's HTTP stack: Felix HTTP says "Jetty not started" until the command enables it;
        // errors (a port in use) still show.
        setDefault("org.slf4j.simpleLogger.log.org.apache.felix.http", "error");
        // SPI Fly reports each service provider it wires at INFO.
        SPIFLY_LOG.setLevel(level == null ? java.util.logging.Level.WARNING : java.util.logging.Level.INFO);
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * The user's Concord home, where their deploy/ and conf/ live apart from the distribution (so a rebuild or
     * {@code mvn clean} never wipes them): {@code CONCORD_HOME}, else {@code ~/.concord}.
     */
    static Path userHome(String concordHome, String userDotHome) {
        if (concordHome != null && !concordHome.isBlank()) {
            return Path.of(concordHome);
        }
        return Path.of(userDotHome == null ? "." : userDotHome, ".concord");
    }

    private static void closeQuietly(Launcher launcher) {
        try {
            launcher.close();
        } catch (Exception e) {
            // Shutting down on a signal: nothing useful to report.
        }
    }
}
