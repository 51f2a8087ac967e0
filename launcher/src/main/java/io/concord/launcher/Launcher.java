package io.concord.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import io.concord.command.Command;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Concord's runtime: an embedded Felix that installs the bundles named by {@code features/*.json} from
 * {@code system/}, starts them by start order, and hands {@code deploy/} to FileInstall, which installs,
 * updates and uninstalls bundle jars dropped there while Concord runs. A bundle that cannot be installed
 * or started is reported in one line and left out; the rest runs.
 */
public final class Launcher implements AutoCloseable {
    /** The distribution: bin/, lib/, system/, features/, and the stock annotators in deploy/. */
    private final Path dist;
    /** The user's Concord home: their own deploy/ and conf/, kept across rebuilds of the distribution. */
    private final Path userHome;
    private final PrintStream err;
    private final Path storage;
    private Framework framework;

    private static final String STORAGE_PREFIX = "concord-felix-";
    private static final String PID_FILE = "concord.pid";

    public Launcher(Path dist, Path userHome, PrintStream err) throws IOException {
        this.dist = dist.toAbsolutePath().normalize();
        this.userHome = userHome.toAbsolutePath().normalize();
        this.err = err;
        removeStaleStorage(Path.of(System.getProperty("java.io.tmpdir")));
        this.storage = Files.createTempDirectory(STORAGE_PREFIX);
        Files.writeString(storage.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()));
    }

    /**
     * Deletes the framework storage of earlier runs that were killed before they could clean up: each
     * storage folder names its process, and a folder whose process is gone is left over.
     */
    static void removeStaleStorage(Path tmp) {
        try (Stream<Path> dirs = Files.list(tmp)) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith(STORAGE_PREFIX)).toList()) {
                Path pidFile = d.resolve(PID_FILE);
                if (!Files.isRegularFile(pidFile)) {
                    continue; // a run starting right now, or not ours
                }
                try {
                    long pid = Long.parseLong(Files.readString(pidFile).trim());
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    deleteTree(d);
                } catch (IOException | NumberFormatException e) {
                    // unreadable or half-deleted: leave it for the next run
                }
            }
        } catch (IOException e) {
            // the temporary folder cannot be listed: nothing to clean
        }
    }

    public Path dist() {
        return dist;
    }

    /** The user's Concord home (CONCORD_HOME, --home, or ~/.concord). */
    public Path userHome() {
        return userHome;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * Starts the framework and the bundles of the features that {@code command} runs with (all features
     * not limited to some commands, plus those limited to it), then waits until bundles and services settle.
     */
    public void start(String command) throws Exception {
        Map<String, Object> config = frameworkProperties();
        if (command.equals("completion")) {
            // every command of the distribution, also those whose bundles this run does not start, read from the
            // bundles' descriptors as --help is; only completion needs them, so other runs do not pay the reading
            try {
                config.put(Command.ALL_COMMANDS, String.join(",", CommandCatalog.read(dist).keySet()));
                config.put(Command.ALL_COMPLETIONS, String.join(";", CommandCatalog.completions(dist).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            } catch (IOException e) {
                // without the list, completion offers the commands of the bundles this run started
            }
        }
        // Felix takes its logger as an object in the configuration map, which the typed signature hides.
        config.put("felix.log.logger", new ConsoleLogger(err));
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, String> felixConfig = (Map) config;
        framework = factory.newFramework(felixConfig);
        framework.init();
        framework.getBundleContext().addFrameworkListener(event -> {
            if (event.getType() == FrameworkEvent.ERROR) {
                err.println("concord: ERROR [" + describe(event.getBundle()) + "] " + rootCause(event.getThrowable()));
            }
        });
        AtomicLong lastChange = new AtomicLong(System.nanoTime());
        framework.getBundleContext().addBundleListener(e -> lastChange.set(System.nanoTime()));
        framework.getBundleContext().addServiceListener(e -> lastChange.set(System.nanoTime()));

        List<String> problems = new ArrayList<>();
        List<Features.BundleEntry> entries = Features.read(dist.resolve("features"), dist.resolve("system"), problems);
        problems.forEach(p -> err.println("concord: ERROR " + p));
        Map<Bundle, Integer> order = new LinkedHashMap<>();
        List<Features.BundleEntry> later = new ArrayList<>();
        for (Features.BundleEntry entry : entries) {
            if (!entry.includedIn(command)) {
                continue;
            }
            // Framework extensions attach only before the framework starts.
            if (entry.commands().isEmpty() || isFrameworkExtension(entry.jar())) {
                install(entry, order);
            } else {
                later.add(entry);
            }
        }
        framework.start();
        FrameworkWiring wiring = framework.adapt(FrameworkWiring.class);
        wiring.resolveBundles(order.keySet());
        // A command's own features (the workbench's HTTP stack) resolve after the common ones, so a library
        // that they bring in a newer major version (slf4j 2 for Jetty) cannot capture the wiring of bundles
        // that need the old one (UIMA needs slf4j 1.7).
        if (!later.isEmpty()) {
            Map<Bundle, Integer> own = new LinkedHashMap<>();
            later.forEach(entry -> install(entry, own));
            wiring.resolveBundles(own.keySet());
            own.forEach((b, o) -> order.merge(b, o, Math::min));
        }
        order.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> startBundle(e.getKey()));
        awaitSettled(lastChange, 150, 15_000);
    }

    private void install(Features.BundleEntry entry, Map<Bundle, Integer> order) {
        if (!Files.isRegularFile(entry.jar())) {
            err.println("concord: ERROR feature " + entry.feature() + " names bundle " + entry.id()
                    + ", but " + dist.relativize(entry.jar()) + " does not exist; left out");
            return;
        }
        try {
            Bundle b = context().installBundle("reference:" + entry.jar().toUri());
            order.merge(b, entry.startOrder(), Math::min);
        } catch (BundleException e) {
            err.println("concord: ERROR cannot install " + dist.relativize(entry.jar()) + " (" + entry.id() + "): " + rootCause(e));
        }
    }

    private static boolean isFrameworkExtension(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String host = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.FRAGMENT_HOST);
            return host != null && (host.startsWith(Constants.SYSTEM_BUNDLE_SYMBOLICNAME) || host.startsWith("org.apache.felix.framework"));
        } catch (IOException e) {
            return false;
        }
    }

    private void startBundle(Bundle b) {
        if ((b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
            return;
        }
        try {
            b.start();
        } catch (BundleException | RuntimeException e) {
            err.println("concord: ERROR cannot start " + describe(b) + ": " + rootCause(e) + "; left out");
        }
    }

    /** Waits until no bundle or service event has happened for {@code quietMillis} (DS activation is asynchronous). */
    private static void awaitSettled(AtomicLong lastChange, long quietMillis, long maxMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        while (System.nanoTime() < deadline) {
            long quiet = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastChange.get());
            if (quiet >= quietMillis) {
                return;
            }
            Thread.sleep(Math.max(10, quietMillis - quiet));
        }
    }

    /** The command service of that name, waiting up to {@code timeoutMillis} for it; null if there is none. */
    public Command command(String name, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        do {
            Command c = command(name);
            if (c != null) {
                return c;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < deadline);
        return null;
    }

    /**
     * Commands by name, with their one-line summaries: those installed, and those whose features are
     * installed only for their own runs (summarised by the feature's description).
     */
    public Map<String, String> commandSummaries() throws IOException {
        Map<String, String> out = new java.util.TreeMap<>(Features.commandFeatures(dist.resolve("features")));
        for (ServiceReference<Command> ref : commandRefs()) {
            out.put(String.valueOf(ref.getProperty(Command.NAME)), String.valueOf(ref.getProperty(Command.SUMMARY)));
        }
        return out;
    }

    /**
     * The command of that name, or null. Only its component is activated: getting every command's service
     * would activate each one's dependencies (the conflict detector for annotate, the HTTP stack's users),
     * which costs a third of a second of start-up that other commands never use.
     */
    private Command command(String name) {
        for (ServiceReference<Command> ref : commandRefs("(" + Command.NAME + "=" + escapeFilterValue(name) + ")")) {
            Command c = context().getService(ref);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private List<ServiceReference<Command>> commandRefs() {
        return commandRefs("(" + Command.NAME + "=*)");
    }

    private List<ServiceReference<Command>> commandRefs(String filter) {
        try {
            // highest ranking first, as getServiceReference would choose
            List<ServiceReference<Command>> refs = new ArrayList<>(context().getServiceReferences(Command.class, filter));
            refs.sort(Comparator.reverseOrder());
            return refs;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A command name as an LDAP filter value: a name typed by the user may hold *, (, ) or \. */
    static String escapeFilterValue(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public void close() throws Exception {
        try {
            if (framework != null) {
                framework.stop();
                framework.waitForStop(15_000);
            }
        } finally {
            deleteTree(storage);
        }
    }

    private Map<String, Object> frameworkProperties() throws IOException {
        Map<String, Object> p = new HashMap<>();
        // Felix's cache in a sub-folder: Felix empties its storage folder when it starts, which took the process
        // id file beside it along, so that no later run could tell a killed run's folder from a live one
        p.put(Constants.FRAMEWORK_STORAGE, storage.resolve("framework").toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // The launcher and command bundles share exactly one type: the command contract.
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "io.concord.command;version=1.2.0");
        // Bundles must not see the launcher's class path through implicit boot delegation.
        p.put("felix.bootdelegation.implicit", "false");
        // errors only; warnings and more with --verbose (3) or --debug (4)
        String verbosity = System.getProperty(Main.VERBOSITY, "");
        p.put("felix.log.level", verbosity.equals("debug") ? "4" : verbosity.equals("verbose") ? "3" : "1");
        // conf/ first: its settings reach ConfigAdmin before deploy/'s components activate. The distribution's
        // folders, then the user's home's (created when missing): a rebuild of the distribution keeps the latter.
        List<Path> watched = new ArrayList<>(List.of(dist.resolve("conf")));
        Path userConf = userFolder("conf");
        Path userDeploy = userFolder("deploy");
        if (userConf != null) {
            watched.add(userConf);
        }
        watched.add(dist.resolve("deploy"));
        if (userDeploy != null) {
            watched.add(userDeploy);
        }
        p.put("felix.fileinstall.dir", String.join(",", watched.stream().map(Path::toString).toList()));
        p.put(DIST_PROPERTY, dist.toString());
        p.put(HOME_PROPERTY, userHome.toString());
        p.put("felix.fileinstall.filter", ".*\\.(jar|cfg|config)");
        p.put("felix.fileinstall.poll", "1000");
        // conf/ is read, never written: settings made at run time (the workbench's access token) stay in memory.
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.bundles.new.start", "true");
        p.put("felix.fileinstall.tmpdir", Files.createDirectories(storage.resolve("fileinstall-tmp")).toString());
        p.put("felix.fileinstall.log.level", verbosity.equals("debug") ? "4" : verbosity.equals("verbose") ? "3" : "2");
        p.put("felix.fileinstall.log.default", "jul");
        // Felix HTTP (workbench runs only) stays off until the workbench command gives it a host and port, and
        // never listens beyond this machine by default.
        p.put("org.apache.felix.http.enable", "false");
        p.put("org.apache.felix.http.host", "127.0.0.1");
        // conf/concord.properties may override any of these: the distribution's, then the user home's.
        for (Path props : List.of(dist.resolve("conf").resolve("concord.properties"),
                userHome.resolve("conf").resolve("concord.properties"))) {
            if (Files.isRegularFile(props)) {
                Properties user = new Properties();
                try (InputStream in = Files.newInputStream(props)) {
                    user.load(in);
                }
                user.forEach((k, v) -> p.put(k.toString(), v.toString()));
            }
        }
        return p;
    }

    /** Framework property: the distribution's folder. */
    public static final String DIST_PROPERTY = "concord.dist";
    /** Framework property: the user's Concord home, whose deploy/ and conf/ are watched beside the distribution's. */
    public static final String HOME_PROPERTY = "concord.home";

    /** A folder of the user's home, made when missing; null (and said once) when it cannot be made. */
    private Path userFolder(String name) {
        Path folder = userHome.resolve(name);
        try {
            Files.createDirectories(folder);
            return folder;
        } catch (IOException e) {
            err.println("concord: the Concord home " + userHome + " has no usable " + name + "/ folder (" + rootCause(e)
                    + "); only the distribution's is used");
            return null;
        }
    }

    static String describe(Bundle b) {
        if (b == null) {
            return "framework";
        }
        String location = b.getLocation();
        int slash = location.lastIndexOf('/');
        String file = slash >= 0 ? location.substring(slash + 1) : location;
        return (b.getSymbolicName() == null ? "?" : b.getSymbolicName()) + " " + b.getVersion() + " from " + file;
    }

    static String rootCause(Throwable t) {
        if (t == null) {
            return "";
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        if (root != t && t.getMessage() != null && !t.getMessage().equals(msg)) {
            return t.getMessage() + " (" + root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg) + ")";
        }
        return msg == null ? root.getClass().getSimpleName() : msg;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
