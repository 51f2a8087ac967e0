package io.concord.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.concord.command.Command;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code bin/concord completion}: a bash (and zsh) completion script made by picocli from the commands installed
 * now, their options where this bundle knows them ({@code annotate}, {@code evaluate}, {@code bundles}), their names
 * otherwise.
 */
@Component(service = Command.class, property = {Command.NAME + "=completion",
        Command.SUMMARY + "=Print a bash completion script: source <(bin/concord completion)"})
public final class CompletionCommand implements Command {
    private final BundleContext context;

    @Activate
    public CompletionCommand(BundleContext context) {
        this.context = context;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("-h") || args.contains("--help")) {
            out.println("Usage: bin/concord completion\n"
                    + "  Prints a bash completion script for the installed commands and their options.\n"
                    + "  In bash or zsh: source <(bin/concord completion)");
            return OK;
        }
        if (!args.isEmpty()) {
            err.println("concord completion: takes no arguments (see bin/concord completion --help)");
            return USAGE;
        }
        out.print(script(commandNames(), completions(context.getProperty(ALL_COMPLETIONS))));
        return OK;
    }

    /** The words of each command, from the launcher's {@code name=words;name=words}. */
    static Map<String, List<String>> completions(String all) {
        Map<String, List<String>> out = new TreeMap<>();
        if (all != null) {
            for (String entry : all.split(";")) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    out.put(entry.substring(0, eq).strip(), List.of(entry.substring(eq + 1).strip().split("\\s+")));
                }
            }
        }
        return out;
    }

    /**
     * The script for {@code names}: picocli's, also bound to {@code bin/concord} and {@code ./bin/concord}. A
     * command whose options this bundle does not know offers the words its descriptor declares: options, and
     * the other words (what {@code new} creates) as sub-commands.
     */
    static String script(Iterable<String> names, Map<String, List<String>> words) {
        CommandSpec root = CommandSpec.create().name("concord");
        root.addOption(OptionSpec.builder("--verbose").description("Say more").build());
        root.addOption(OptionSpec.builder("--debug").description("Say more, failures with their stack").build());
        root.addOption(OptionSpec.builder("-V", "--version").description("Print the version").build());
        root.addOption(OptionSpec.builder("-h", "--help").description("Print the commands").build());
        CommandLine cl = new CommandLine(root);
        for (String name : names) {
            CommandLine sub = switch (name) {
                case "annotate" -> new CommandLine(new AnnotateOptions());
                case "evaluate" -> new CommandLine(new EvaluateCommand.Options());
                case "bundles" -> {
                    CommandSpec spec = CommandSpec.create().name(name);
                    spec.addOption(OptionSpec.builder("--settings").description("Every setting of every bundle").build());
                    spec.addOption(OptionSpec.builder("--json").description("As JSON").build());
                    spec.addOption(OptionSpec.builder("-h", "--help").description("Show the command's help").build());
                    yield new CommandLine(spec);
                }
                default -> {
                    List<String> declared = words.getOrDefault(name, List.of());
                    CommandSpec spec = withOptions(CommandSpec.create().name(name), declared);
                    for (String word : declared) {
                        if (!word.startsWith("-") && !word.isBlank()) {
                            // what the command creates ("new annotator NAME --package ..."): its options follow it
                            spec.addSubcommand(word, withOptions(CommandSpec.create().name(word), declared));
                        }
                    }
                    yield new CommandLine(spec);
                }
            };
            cl.addSubcommand(name, sub);
        }
        cl.addSubcommand("help", new CommandLine(CommandSpec.create().name("help")));
        return AutoComplete.bash("concord", cl)
                + "\n# bin/concord as typed from the distribution's folder\n"
                + "complete -F _complete_concord -o default bin/concord ./bin/concord\n";
    }

    private static CommandSpec withOptions(CommandSpec spec, List<String> words) {
        if (!words.contains("--help")) {
            spec.addOption(OptionSpec.builder("-h", "--help").description("Show the command's help").build());
        }
        words.stream().filter(w -> w.startsWith("-")).forEach(w -> spec.addOption(OptionSpec.builder(w).build()));
        return spec;
    }

    /**
     * The commands of the distribution as the launcher lists them (also those whose bundles this run did not
     * start), and the command services of this run.
     */
    private TreeSet<String> commandNames() {
        TreeSet<String> names = new TreeSet<>();
        String all = context.getProperty(ALL_COMMANDS);
        if (all != null) {
            for (String n : all.split(",")) {
                if (!n.isBlank()) {
                    names.add(n.strip());
                }
            }
        }
        try {
            for (ServiceReference<Command> r : context.getServiceReferences(Command.class, null)) {
                if (r.getProperty(Command.NAME) instanceof String n) {
                    names.add(n);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter is valid", e);
        }
        return names;
    }
}
