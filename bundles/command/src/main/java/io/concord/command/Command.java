package io.concord.command;

import java.io.PrintStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command of {@code bin/concord}, registered as an OSGi service with the {@link #NAME} property. The
 * launcher starts the framework, waits for the command's service and runs it.
 */
@ConsumerType
public interface Command {
    /** Service property: the command's name on the command line, e.g. {@code annotate}. */
    String NAME = "concord.command";
    /** Service property: a one-line description for {@code bin/concord --help}. */
    String SUMMARY = "concord.command.summary";

    /**
     * Framework property set by the launcher: the names of every command of the distribution, comma-separated,
     * also of those whose bundles a run does not start (for {@code bin/concord completion}).
     *
     * @since 1.1
     */
    String ALL_COMMANDS = "concord.commands";

    /**
     * Service property: the words a command takes, space-separated, for shell completion: its options and the
     * kinds it creates (e.g. {@code "annotator --package --type --dir --help"}). Read from the bundle's descriptor,
     * so completion offers them also when the command's bundle is not started.
     *
     * @since 1.2
     */
    String COMPLETIONS = "concord.command.completions";

    /**
     * Framework property set by the launcher for {@code bin/concord completion}: each command's
     * {@link #COMPLETIONS}, as {@code name=words} separated by {@code ;}.
     *
     * @since 1.2
     */
    String ALL_COMPLETIONS = "concord.commands.completions";

    /** Exit code for success. */
    int OK = 0;
    /** Exit code when some inputs failed. */
    int PARTIAL_FAILURE = 1;
    /** Exit code for bad usage. */
    int USAGE = 2;

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param out standard output (results)
     * @param err standard error (progress, warnings, errors)
     * @return the process exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
