package io.concord.deploy;

import java.io.File;
import java.io.IOException;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FileInstall passes over a jar in deploy/ that is not a bundle without a word. This installer claims
 * such jars and reports each once, naming the file and what is wrong with it; the jar is otherwise ignored.
 */
@Component(service = ArtifactInstaller.class)
public final class NonBundleJarReporter implements ArtifactInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(NonBundleJarReporter.class);

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(".jar") && problem(artifact) != null;
    }

    @Override
    public void install(File artifact) {
        report(artifact);
    }

    @Override
    public void update(File artifact) {
        report(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        // Nothing was installed.
    }

    private static void report(File artifact) {
        String problem = problem(artifact);
        if (problem != null) {
            LOG.error("{} is not a bundle ({}); it is ignored", artifact, problem);
        }
    }

    /** Why the jar is not a bundle, or null if it is one. */
    static String problem(File jar) {
        try (JarFile file = new JarFile(jar)) {
            Manifest mf = file.getManifest();
            if (mf == null) {
                return "no META-INF/MANIFEST.MF";
            }
            if (mf.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
                return "its manifest has no Bundle-SymbolicName";
            }
            return null;
        } catch (IOException e) {
            return "not a readable jar: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
