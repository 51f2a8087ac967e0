package io.concord.workbench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.concord.command.Command;
import io.concord.workbench.curation.Importer;
import io.concord.workbench.store.Projects;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/concord import}: the batch into a workbench project. Annotates documents with the current
 * pipeline and stores them in a project of a workspace (created if missing), headless, so a team can fill
 * a project from a script and curate it later in the workbench. Documents already in the project (by name)
 * are left as they are.
 */
@Component(service = Command.class, property = {Command.NAME + "=import",
        Command.SUMMARY + "=Annotate documents into a workbench project (headless)",
        Command.COMPLETIONS + "=" + ImportCommand.WORDS})
public final class ImportCommand implements Command {
    /** What completion offers after {@code import}: the options of {@link Options}. */
    static final String WORDS = "--project --workspace --include --user --jdbc-url --help";

    @CommandLine.Command(name = "import",
            description = "Annotate documents into a project of a workbench workspace, without serving the workbench.")
    static final class Options {
        // no standard -V: "bin/concord --version" tells the version of the whole distribution
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders (searched recursively for --include) and files")
        List<Path> inputs;

        @Option(names = "--project", required = true, paramLabel = "NAME", description = "The project to fill (created if missing)")
        String project;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Folder of the workspace. Default: ${DEFAULT-VALUE}")
        Path workspace; // set before parsing: WorkspaceOpener.defaultWorkspace

        @Option(names = "--include", split = ",", paramLabel = "GLOB", description = "Which files of a folder are documents. Default: ${DEFAULT-VALUE}")
        List<String> include = List.of("*.txt", "*.text");

        @Option(names = "--user", paramLabel = "NAME", description = "Name recorded as the importer. Default: your login name")
        String user = System.getProperty("user.name", "curator");

        @Option(names = "--jdbc-url", paramLabel = "URL", description = "Use this database instead of the embedded one")
        String jdbcUrl = "";
    }

    private final WorkspaceOpener opener;
    private final BundleContext context;

    @Activate
    public ImportCommand(BundleContext context, @Reference ConfigurationAdmin configAdmin, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.opener = new WorkspaceOpener(context, configAdmin, scr);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.workspace = WorkspaceOpener.defaultWorkspace(context);
        Integer done = Arguments.parse("import", o, args, out, err);
        if (done != null) {
            return done;
        }
        for (Path p : o.inputs) {
            if (!Files.exists(p)) {
                err.println("concord import: " + p + " does not exist");
                return USAGE;
            }
        }
        try {
            WorkspaceOpener.Opened opened = opener.open(o.workspace, o.user, WorkspaceOpener.newToken(), "127.0.0.1", o.jdbcUrl);
            if (opened.workspace() == null) {
                err.println("concord import: " + opened.failure());
                return PARTIAL_FAILURE;
            }
            Workspace ws = opened.workspace();
            long id = ws.db().transaction(c -> {
                long existing = Projects.idOf(c, o.project);
                return existing >= 0 ? existing : Projects.create(c, o.project, ws.user()).id();
            });
            int imported = 0;
            int failed = 0;
            for (Path p : o.inputs) {
                try {
                    Importer.Result r = Files.isDirectory(p)
                            ? ws.intake().folder(id, p, o.include, ws.user())
                            : ws.intake().file(id, p.getFileName().toString(), Files.readAllBytes(p), ws.user());
                    imported += r.imported().size();
                    failed += report("concord import", o.project, r, o.include, err);
                } catch (io.concord.workbench.store.StoreException e) {
                    err.println("concord import: skipped " + p + ": " + e.getMessage());
                    failed++;
                }
            }
            Projects.Project project = ws.db().transaction(c -> Projects.get(c, id));
            out.printf("Project '%s' in %s: %d documents imported now, %d in all, %d annotations, %d conflicts%n", project.name(),
                    ws.folder(), imported, project.documents(), project.annotations(), ws.conflicts().report(id).conflicts().size());
            return failed == 0 ? OK : PARTIAL_FAILURE;
        } catch (Exception e) {
            err.println("concord import: " + e.getMessage());
            return PARTIAL_FAILURE;
        }
    }

    /**
     * Prints what an import skipped: each document that could not be read or annotated with its reason, and
     * the count of other files; returns how many documents failed (other files are not failures).
     */
    static int report(String prefix, String project, Importer.Result result, List<String> include, PrintStream err) {
        int failed = 0;
        long others = 0;
        for (Importer.Skipped s : result.skipped()) {
            if (s.reason().startsWith("not a document")) {
                others++;
            } else if (s.reason().contains("already")) {
                err.println(prefix + ": " + s.name() + " is in the project already; left as it is");
            } else {
                err.println(prefix + ": skipped " + s.name() + ": " + s.reason());
                failed++;
            }
        }
        if (others > 0) {
            err.println(prefix + ": " + others + " other files are not " + String.join(", ", include));
        }
        err.println(prefix + ": " + result.imported().size() + " documents added to project '" + project + "'");
        return failed;
    }
}
