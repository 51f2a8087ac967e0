package io.concord.shell;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.concord.command.Command;
import org.apache.felix.service.command.CommandProcessor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code bin/concord shell}: the Apache Felix Gogo console, as operators of Felix and Karaf know it, with
 * Concord's commands in the {@code concord} scope ({@link ConcordCommands}). Gogo's JLine shell reads the
 * terminal from the moment its command processor is up; this command holds the run open until the shell
 * stops the framework ({@code exit}, or the end of its input).
 */
@Component(service = Command.class, immediate = true, property = {Command.NAME + "=shell",
        Command.SUMMARY + "=An interactive console (Apache Felix Gogo) to list, install, update and remove bundles and change settings"})
public final class ShellCommand implements Command {
    /**
     * JLine's logger, held so its level stays (JUL keeps loggers only weakly): on a pipe instead of a terminal
     * JLine warns that it makes a dumb terminal, which is what a script wants; --verbose shows it.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Activate
    public ShellCommand(@Reference CommandProcessor processor) {
        // immediate, and after the processor: this runs before Gogo's JLine shell (started later) opens the terminal
        if (System.getProperty("concord.verbosity") == null) {
            JLINE_LOG.setLevel(Level.SEVERE);
        }
    }

    @Deactivate
    void deactivate() {
        stopped.countDown();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            boolean help = args.contains("-h") || args.contains("--help");
            (help ? out : err).println("""
                    Usage: bin/concord shell
                      An interactive console (Apache Felix Gogo) over the running Concord. Concord's commands:
                        concord:bundles [--json]        bundles, annotators in pipeline order, exporters, rules
                        concord:settings [PID]          every setting, or one PID's: default, meaning, value
                        concord:set PID KEY VALUE       change a setting (written to its conf/ file)
                        concord:install PATH|URL        add a bundle (copied into the Concord home's deploy/)
                        concord:update NAME PATH|URL    replace a deployed bundle with a new version
                        concord:remove NAME             remove a deployed bundle (its jar is deleted)
                      Gogo's own commands work too (lb, headers, help, ...); 'help concord:set' explains one.
                      'exit' (or Ctrl-D, or the end of the input) leaves.""");
            return help ? OK : USAGE;
        }
        err.println("Concord shell: 'help concord' lists Concord's commands, 'exit' or Ctrl-D leaves.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }
}
