package io.concord.shell;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import io.concord.command.Command;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.MetaTypeService;

/**
 * Concord's commands in the Gogo shell ({@code concord:bundles}, {@code concord:set}, ...). Listing is the
 * {@code bundles} command's own; changes go through the watched folders (deploy/ and conf/), as a change made
 * by hand would, so they are checked by the deploy guard and outlive the run.
 */
// immediate: a delayed component would be disposed after each command, and with it the Configuration Admin
// instance it was given
@Component(service = ConcordCommands.class, immediate = true, property = {
        CommandProcessor.COMMAND_SCOPE + "=concord",
        CommandProcessor.COMMAND_FUNCTION + "=bundles",
        CommandProcessor.COMMAND_FUNCTION + "=settings",
        CommandProcessor.COMMAND_FUNCTION + "=set",
        CommandProcessor.COMMAND_FUNCTION + "=install",
        CommandProcessor.COMMAND_FUNCTION + "=update",
        CommandProcessor.COMMAND_FUNCTION + "=remove"})
public final class ConcordCommands {
    /** How long a command waits for File Install (which polls every second) to act on a change. */
    private static final long SETTLE_MILLIS = 10_000;

    private final BundleContext context;
    private final DeployFolder deploy;
    private final SettingChanges settings;

    /**
     * The {@code bundles} command, whose listings these commands show. Dynamic and optional: that command is
     * registered anew when the engine's settings change (as {@code concord:set} may do), which must not stop
     * this component in the middle of the command that changed them.
     */
    @Reference(target = "(" + Command.NAME + "=bundles)", policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL)
    private volatile Command bundles;

    @Activate
    public ConcordCommands(BundleContext context, @Reference MetaTypeService metaTypes,
                           @Reference ConfigurationAdmin configurations) {
        this.context = context;
        Path home = Path.of(context.getProperty("concord.home"));
        Path dist = Path.of(context.getProperty("concord.dist"));
        this.deploy = new DeployFolder(home.resolve("deploy"), List.of(dist.resolve("deploy")));
        this.settings = new SettingChanges(context, metaTypes, configurations, home.resolve("conf"));
    }

    @Descriptor("list bundles, the annotators in pipeline order (and why any is left out), exporters and conflict rules")
    public void bundles(@Descriptor("--json for JSON") String... options) {
        listing(List.of(options));
    }

    @Descriptor("show every setting of every bundle, or of one PID: its default, meaning and the value in force")
    public void settings(@Descriptor("a PID, e.g. io.concord.engine (all when left out)") String... pid) {
        List<String> args = new ArrayList<>(List.of("--settings"));
        args.addAll(List.of(pid));
        listing(args);
    }

    private void listing(List<String> args) {
        Command listing = bundles;
        if (listing == null) {
            System.err.println("concord: the bundles command is restarting (after a change of the engine's settings); "
                    + "try again in a moment");
            return;
        }
        listing.run(args, System.out, System.err);
    }

    @Descriptor("change one setting: written to the PID's file in conf/, in force within a second")
    public void set(@Descriptor("PID (the conf/ file's name), e.g. io.concord.engine") String pid,
                    @Descriptor("the setting, e.g. casPoolSize") String key,
                    @Descriptor("its new value") String value) {
        report("set", () -> settings.set(pid, key, value, SETTLE_MILLIS));
    }

    @Descriptor("add a bundle: its jar (a path, or an http, https or file URL) is copied into the Concord home's deploy/")
    public void install(@Descriptor("the bundle's jar") String source) {
        report("install", () -> {
            DeployFolder.DeployedJar jar = deploy.install(source);
            return jar.symbolicName() + " " + jar.version() + " copied to " + jar.file() + "; "
                    + await(jar.symbolicName(), b -> b.getState() == Bundle.ACTIVE);
        });
    }

    @Descriptor("replace a deployed bundle with a new version of it")
    public void update(@Descriptor("the bundle's symbolic name or jar file name") String name,
                       @Descriptor("the new jar (a path or URL)") String source) {
        report("update", () -> {
            DeployFolder.DeployedJar jar = deploy.update(name, source);
            return jar.file() + " replaced by " + jar.symbolicName() + " " + jar.version() + "; "
                    + await(jar.symbolicName(), b -> b.getState() == Bundle.ACTIVE
                            && b.getVersion().toString().equals(Version.parseVersion(jar.version()).toString()));
        });
    }

    @Descriptor("remove a deployed bundle: its jar is deleted from deploy/ and the bundle uninstalled")
    public void remove(@Descriptor("the bundle's symbolic name or jar file name") String name) {
        report("remove", () -> {
            DeployFolder.DeployedJar jar = deploy.remove(name);
            boolean gone = settle(() -> bundle(jar.symbolicName()) == null);
            return jar.file() + " deleted; " + jar.symbolicName()
                    + (gone ? " uninstalled" : " not uninstalled yet (File Install polls deploy/ every second)");
        });
    }

    /** A change made by a command, described in one line. */
    @FunctionalInterface
    private interface Change {
        String make() throws IOException;
    }

    /** Makes the change and prints what it did, or why it could not: a refusal is a message, not a stack trace. */
    private static void report(String command, Change change) {
        try {
            System.out.println(change.make());
        } catch (IllegalArgumentException | NoSuchElementException | IOException e) {
            System.err.println("concord:" + command + ": " + (e instanceof NoSuchFileException ? "no such file: " : "")
                    + e.getMessage());
        }
    }

    private String await(String symbolicName, Predicate<Bundle> done) {
        boolean settled = settle(() -> {
            Bundle b = bundle(symbolicName);
            return b != null && done.test(b);
        });
        Bundle b = bundle(symbolicName);
        if (b == null) {
            return "File Install has not installed it yet (it polls deploy/ every second; concord:bundles shows it when it has)";
        }
        return "bundle " + b.getBundleId() + " " + b.getVersion() + (settled ? ", active" : ", not active: "
                + "concord:bundles says why (a missing package, or the deploy guard refused it)");
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    static boolean settle(BooleanSupplier done) {
        long until = System.currentTimeMillis() + SETTLE_MILLIS;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return done.getAsBoolean();
            }
        }
        return true;
    }
}
