package io.concord.workbench;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;

import io.concord.command.Command;
import picocli.CommandLine;

/** Command-line parsing shared by the workbench's commands: usage errors and --help answered alike. */
final class Arguments {
    private Arguments() {}

    /**
     * Parses {@code args} into {@code options}; returns null to go on, or the exit code when the command is
     * done already (help printed: 0, a usage error reported: 2).
     */
    static Integer parse(String command, Object options, List<String> args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(options).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        try {
            cl.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("concord " + command + ": " + e.getMessage());
            err.println("Run 'bin/concord " + command + " --help' for the options.");
            return Command.USAGE;
        }
        if (cl.isUsageHelpRequested() || cl.isVersionHelpRequested()) {
            cl.usage(out);
            return Command.OK;
        }
        return null;
    }
}
