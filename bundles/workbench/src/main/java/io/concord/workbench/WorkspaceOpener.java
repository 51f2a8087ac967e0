package io.concord.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Opens a workspace for a command: configures the {@link Workspace} component through ConfigAdmin (its
 * settings over those of {@code conf/io.concord.workbench.cfg}) and waits until Declarative Services has
 * it up, or says why it failed (a workspace locked by another process, a newer schema, ...).
 */
final class WorkspaceOpener {
    /** The workspace, or why it could not be opened. */
    record Opened(Workspace workspace, String failure) {}

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;
    private final ServiceComponentRuntime scr;

    /**
     * The workspace when none is given: {@code workspace/} in the user's Concord home (the launcher's
     * {@code concord.home}), so that a rebuild of the distribution never wipes it; {@code concord-workspace} in the
     * current folder when no home is known.
     */
    static Path defaultWorkspace(BundleContext context) {
        String home = context == null ? null : context.getProperty("concord.home");
        return home == null || home.isBlank() ? Path.of("concord-workspace") : Path.of(home).resolve("workspace");
    }

    WorkspaceOpener(BundleContext context, ConfigurationAdmin configAdmin, ServiceComponentRuntime scr) {
        this.context = context;
        this.configAdmin = configAdmin;
        this.scr = scr;
    }

    /** A fresh access token for this run (never written anywhere: FileInstall does not save configurations). */
    static String newToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(24));
    }

    /** How long the component is given to take settings given once more before its state is read again. */
    private static final long RESTATED_SETTLE_MILLIS = 500;

    Opened open(Path folder, String user, String token, String host, String jdbcUrl) throws IOException, InterruptedException {
        Hashtable<String, Object> settings = new Hashtable<>();
        settings.put("workspace", folder.toAbsolutePath().normalize().toString());
        settings.put("user", user);
        settings.put("token", token);
        settings.put("host", host);
        settings.put("jdbcUrl", jdbcUrl == null ? "" : jdbcUrl);
        update(WorkbenchConfig.PID, settings);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean settingsRestated = false;
        while (System.nanoTime() < deadline) {
            ServiceReference<Workspace> ref = context.getServiceReference(Workspace.class);
            Workspace service = ref == null ? null : context.getService(ref);
            if (service != null) {
                return new Opened(service, null);
            }
            String failure = failure();
            if (!failure.isEmpty() && !settingsRestated) {
                // a CI run once saw the component activated with a configuration without its folder (a
                // NullPointerException), a race not reproduced here: the settings are given once more, and only
                // a second failure is the workspace's
                settingsRestated = true;
                update(WorkbenchConfig.PID, settings);
                Thread.sleep(RESTATED_SETTLE_MILLIS); // Declarative Services takes the update on its own thread
                continue;
            }
            if (!failure.isEmpty()) {
                boolean locked = failure.contains("lock") || failure.contains("in use");
                return new Opened(null, "cannot open the workspace " + folder.toAbsolutePath() + ": " + failure
                        + (locked ? " (is another workbench using it?)" : ""));
            }
            Thread.sleep(50);
        }
        return new Opened(null, "the workspace " + folder.toAbsolutePath() + " did not open within 60 s");
    }

    /** Sets these settings over those {@code conf/<pid>.cfg} gave, which stay where the command line says nothing. */
    void update(String pid, Dictionary<String, Object> settings) throws IOException {
        Configuration c = configAdmin.getConfiguration(pid, "?");
        Dictionary<String, Object> merged = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
        for (Enumeration<String> keys = settings.keys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            merged.put(key, settings.get(key));
        }
        c.update(merged);
    }

    /** Why the workspace component failed to activate, as Declarative Services recorded it; empty if it did not. */
    private String failure() {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(context.getBundle(), Workspace.class.getName());
        if (description == null) {
            return "";
        }
        for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(description)) {
            if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION && c.failure != null) {
                // the failure is a stack trace: its innermost cause says what went wrong
                String reason = c.failure.lines().filter(l -> l.startsWith("Caused by: ")).reduce((a, b) -> b)
                        .orElse(c.failure.lines().findFirst().orElse(c.failure)).replaceFirst("^Caused by: ", "");
                int colon = reason.indexOf(": ");
                return colon > 0 && !reason.substring(0, colon).contains(" ") ? reason.substring(colon + 2) : reason;
            }
        }
        return "";
    }
}
