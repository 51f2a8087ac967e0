package io.concord.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;

import io.concord.command.Command;
import picocli.CommandLine;

/**
 * A command's arguments read into its picocli options object the same way for every command: a usage error is
 * one line naming the command and how to get its help (exit 2), {@code --help} prints the usage (exit 0).
 *
 * @param commandLine the parsed command line, for what was matched
 * @param exitCode    the exit code when the command is done already (bad usage or help), else null
 */
record ParsedArgs(CommandLine commandLine, Integer exitCode) {
    static ParsedArgs parse(String command, Object options, List<String> args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(options).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        try {
            cl.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("concord " + command + ": " + e.getMessage());
            err.println("Run 'bin/concord " + command + " --help' for the options.");
            return new ParsedArgs(cl, Command.USAGE);
        }
        if (cl.isUsageHelpRequested()) {
            cl.usage(out);
            return new ParsedArgs(cl, Command.OK);
        }
        return new ParsedArgs(cl, null);
    }
}
