package io.concord.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.concord.command.Command;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/concord new annotator NAME}: writes a Maven project for a third-party annotator bundle that builds
 * with {@code mvn package}, its tests included, against this distribution's API and types.
 */
@Component(service = Command.class, property = {Command.NAME + "=new",
        Command.SUMMARY + "=Create a Maven project for a new annotator bundle: new annotator NAME",
        Command.COMPLETIONS + "=" + NewCommand.WORDS})
public final class NewCommand implements Command {
    /** What completion offers after {@code new}: the kind it creates and the options of {@link Options}. */
    static final String WORDS = "annotator --package --group --type --dir --help";

    private final BundleContext context;

    @Activate
    public NewCommand(BundleContext context) {
        this.context = context;
    }

    @CommandLine.Command(name = "bin/concord new", sortOptions = false, usageHelpWidth = 80,
            description = "Creates a Maven project for a new annotator bundle in the folder NAME: an annotator that"
                    + " marks the names of a list as Place or Person annotations, with its tests. Build it with"
                    + " 'mvn package' and copy the jar into deploy/ (docs/writing-an-annotator.md).")
    static final class Options {
        @Parameters(index = "0", paramLabel = "KIND", description = "What to create: annotator")
        String kind;
        @Parameters(index = "1", paramLabel = "NAME", description = "The annotator's id and folder, e.g. harbour-names")
        String name;
        @Option(names = "--package", paramLabel = "PKG", description = "Java package (default com.example.NAME)")
        String packageName;
        @Option(names = "--group", paramLabel = "GROUP", description = "Maven groupId (default: the package's parent)")
        String groupId;
        @Option(names = "--type", paramLabel = "TYPE", description = "Place (default) or Person")
        String type;
        @Option(names = "--dir", paramLabel = "DIR", description = "Where to create the folder NAME (default: here)")
        Path dir;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help")
        boolean help;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = new Options();
        CommandLine cl = new CommandLine(options).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        try {
            cl.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("concord new: " + e.getMessage());
            err.println("Run 'bin/concord new --help' for the options.");
            return USAGE;
        }
        if (cl.isUsageHelpRequested()) {
            cl.usage(out);
            return OK;
        }
        if (!"annotator".equals(options.kind)) {
            err.println("concord new: can create an 'annotator', not '" + options.kind + "'"
                    + " (conflict rules: see examples/conflict-rule-casualties)");
            return USAGE;
        }
        AnnotatorProject project;
        try {
            project = AnnotatorProject.of(options.name, options.packageName, options.groupId, options.type);
        } catch (IllegalArgumentException e) {
            err.println("concord new: " + e.getMessage());
            return USAGE;
        }
        Path target = (options.dir == null ? Path.of("") : options.dir).resolve(options.name);
        // the SDK repository and bin/ are the distribution's; jars go to the deploy/ of the user's Concord home
        String home = Path.of(property("concord.dist")).toAbsolutePath().normalize().toString();
        String deploy = Path.of(property("concord.home")).resolve("deploy").toAbsolutePath().normalize().toString();
        try {
            Map<String, String> files = new ProjectTemplate("annotator").render(
                    project.placeholders(concordVersion(), home, deploy));
            ProjectTemplate.write(files, target);
            out.println("Created " + target + " (a " + project.type() + " annotator, id " + project.id()
                    + ", package " + project.packageName() + "):");
            files.keySet().forEach(f -> out.println("  " + f));
            out.println("Next:");
            out.println("  cd " + target + " && mvn package");
            out.println("  cp target/" + project.id() + "-1.0.0.jar " + deploy + "/");
            out.println("  " + home + "/bin/concord bundles");
            return OK;
        } catch (IllegalStateException e) {
            err.println("concord new: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("concord new: cannot write " + target + ": " + e);
            return PARTIAL_FAILURE;
        }
    }

    private String property(String name) {
        String value = context == null ? null : context.getProperty(name);
        return value == null ? "." : value;
    }

    /** The Concord version a new project's parent POM names: this build's. */
    static String concordVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = NewCommand.class.getResourceAsStream("sdk.properties")) {
            if (in == null) {
                throw new IOException("sdk.properties is missing from the SDK bundle");
            }
            p.load(in);
        }
        return p.getProperty("concord.version");
    }
}
