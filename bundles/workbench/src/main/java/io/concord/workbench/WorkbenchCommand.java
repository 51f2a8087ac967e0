package io.concord.workbench;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.concord.command.Command;
import io.concord.workbench.store.Projects;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code bin/concord workbench}: configures the workspace and the HTTP server (through ConfigAdmin, so the
 * workbench's components and Felix HTTP come up with these settings), waits until both serve, optionally
 * fills a project from a folder, prints the address with its access token, and serves until stopped.
 */
@Component(service = Command.class, property = {Command.NAME + "=workbench",
        Command.SUMMARY + "=Serve the browser workbench: curate annotations, review conflicts",
        Command.COMPLETIONS + "=" + WorkbenchCommand.WORDS})
public final class WorkbenchCommand implements Command {
    /** What completion offers after {@code workbench}: the options of {@link Options}. */
    static final String WORDS = "--workspace --port --host --user --import --include --project --jdbc-url --help";

    static final String HTTP_PID = "org.apache.felix.http";
    private static final String ENDPOINT = "osgi.http.endpoint";

    @CommandLine.Command(name = "workbench",
            description = "Serve the browser workbench on this machine. Open the address it prints (it carries the access token).")
    static final class Options {
        // no standard -V: "bin/concord --version" tells the version of the whole distribution
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--workspace", paramLabel = "DIR", description = "Folder of the workspace (created if missing). Default: ${DEFAULT-VALUE}")
        Path workspace; // set before parsing: WorkspaceOpener.defaultWorkspace

        @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}")
        int port = 8080;

        @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only)")
        String host = "127.0.0.1";

        @Option(names = "--user", paramLabel = "NAME", description = "Name recorded with your decisions. Default: your login name")
        String user = System.getProperty("user.name", "curator");

        @Option(names = "--import", paramLabel = "DIR", description = "On start, create a project from this folder's documents (once: skipped if the project exists)")
        Path importFolder;

        @Option(names = "--include", split = ",", paramLabel = "GLOB", description = "Which files of the --import folder (and its sub-folders) are documents, as for annotate. Default: ${DEFAULT-VALUE}")
        List<String> include = List.of("*.txt", "*.text");

        @Option(names = "--project", paramLabel = "NAME", description = "Name of the project --import fills. Default: the folder's name")
        String project;

        @Option(names = "--jdbc-url", paramLabel = "URL", description = "Use this database instead of the embedded one (see docs/workbench.md)")
        String jdbcUrl = "";
    }

    private final BundleContext context;
    private final WorkspaceOpener opener;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Activate
    public WorkbenchCommand(BundleContext context, @Reference ConfigurationAdmin configAdmin, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.opener = new WorkspaceOpener(context, configAdmin, scr);
    }

    @Deactivate
    void deactivate() {
        stopped.countDown();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.workspace = WorkspaceOpener.defaultWorkspace(context);
        Integer done = Arguments.parse("workbench", o, args, out, err);
        if (done != null) {
            return done;
        }
        String problem = check(o);
        if (problem != null) {
            err.println("concord workbench: " + problem);
            return USAGE;
        }
        try {
            String token = WorkspaceOpener.newToken();
            WorkspaceOpener.Opened opened = opener.open(o.workspace, o.user, token, o.host, o.jdbcUrl);
            if (opened.workspace() == null) {
                err.println("concord workbench: " + opened.failure());
                return PARTIAL_FAILURE;
            }
            Workspace ws = opened.workspace();
            Hashtable<String, Object> http = new Hashtable<>();
            http.put("org.apache.felix.http.enable", true);
            http.put("org.osgi.service.http.port", o.port);
            http.put("org.apache.felix.http.host", o.host);
            opener.update(HTTP_PID, http);
            String endpoint = awaitEndpoint(o.port, 30);
            if (endpoint == null) {
                err.println("concord workbench: cannot listen on " + o.host + ":" + o.port + " (is the port in use? try --port 0)");
                return PARTIAL_FAILURE;
            }
            if (o.importFolder != null) {
                importOnce(ws, o, err);
            }
            out.println("Concord workbench: " + endpoint + "?token=" + token);
            out.println("Workspace: " + ws.folder() + "   (stop with Ctrl+C)");
            out.flush();
            stopped.await();
            return OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } catch (Exception e) {
            err.println("concord workbench: cannot start: " + e.getMessage());
            return PARTIAL_FAILURE;
        }
    }

    private static String check(Options o) {
        if (o.port < 0 || o.port > 65535) {
            return "--port must be between 0 and 65535";
        }
        try {
            InetAddress.getByName(o.host);
        } catch (UnknownHostException e) {
            return "--host " + o.host + " is not an address of this machine";
        }
        if (o.port != 0) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(InetAddress.getByName(o.host), o.port));
            } catch (java.io.IOException e) {
                return "cannot listen on " + o.host + ":" + o.port + " (" + e.getMessage() + "; is another program using the port? "
                        + "choose another with --port, or --port 0 for any free one)";
            }
        }
        if (Files.exists(o.workspace) && !Files.isDirectory(o.workspace)) {
            return "--workspace " + o.workspace + " is a file, not a folder";
        }
        if (o.importFolder != null && !Files.isDirectory(o.importFolder)) {
            return "--import " + o.importFolder + " is not a folder";
        }
        return null;
    }

    /** Fills the project from the folder on the first start; later starts find the project and leave it. */
    private void importOnce(Workspace ws, Options o, PrintStream err) throws Exception {
        String name = o.project != null ? o.project : o.importFolder.toAbsolutePath().normalize().getFileName().toString();
        if (ws.db().transaction(c -> Projects.idOf(c, name)) >= 0) {
            return;
        }
        long id = ws.db().transaction(c -> Projects.create(c, name, ws.user()).id());
        ImportCommand.report("concord workbench", name, ws.intake().folder(id, o.importFolder, o.include, ws.user()), o.include, err);
    }

    /** The address the HTTP runtime serves at, once it listens with our settings. */
    private String awaitEndpoint(int port, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            ServiceReference<?>[] refs = context.getServiceReferences("org.osgi.service.servlet.runtime.HttpServiceRuntime", null);
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                Object e = ref.getProperty(ENDPOINT);
                String first = e instanceof String[] a && a.length > 0 ? a[0] : e instanceof String s ? s : null;
                // until Jetty restarts with our settings, the runtime may still describe the disabled server
                if (first != null && first.startsWith("http") && (port == 0 || first.matches(".*:" + port + "/?$"))) {
                    return first.endsWith("/") ? first : first + "/";
                }
            }
            Thread.sleep(100);
        }
        return null;
    }
}
