package io.concord.deploy;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.BundleContext;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When signed bundles are required ({@code concord.deploy.requireSigned=true} in conf/concord.properties), claims
 * every bundle in deploy/ that did not come with Concord and is not signed by a certificate of the trust store
 * ({@code concord.deploy.trustStore}), so FileInstall never installs it, and says in one line why. The other
 * bundles keep running. Framework properties rather than component configuration: the policy must hold from
 * FileInstall's first scan, before any configuration from conf/ could reach a component.
 *
 * <p>FileInstall asks its installers only about jars it has not installed yet: a trusted bundle replaced by an
 * untrusted jar while Concord runs is updated without asking. As a resolver hook this component also keeps any
 * revision of a deploy/ bundle whose jar is refused from resolving, so its code never runs.
 */
@Component(service = {ArtifactInstaller.class, ResolverHookFactory.class})
public final class UntrustedBundleRefuser implements ArtifactInstaller, ResolverHookFactory {
    static final String REQUIRE_SIGNED = "concord.deploy.requireSigned";
    static final String TRUST_STORE = "concord.deploy.trustStore";
    static final String TRUST_STORE_PASSWORD = "concord.deploy.trustStorePassword";
    private static final Logger LOG = LoggerFactory.getLogger(UntrustedBundleRefuser.class);

    private final BundleTrust trust;
    /** The distribution's deploy/ and the user home's. */
    private final List<Path> deploy;
    /** Refusals by jar, with the size and time they were checked at, so canHandle and install check once. */
    private final Map<File, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(long length, long modified, String refusal) {}

    @Activate
    public UntrustedBundleRefuser(BundleContext context) {
        Path dist = folder(context, "concord.dist");
        deploy = List.of(dist.resolve("deploy"), folder(context, "concord.home").resolve("deploy"));
        if (!Boolean.parseBoolean(context.getProperty(REQUIRE_SIGNED))) {
            trust = null;
            return;
        }
        String store = context.getProperty(TRUST_STORE);
        String password = context.getProperty(TRUST_STORE_PASSWORD);
        Path home = folder(context, "concord.home");
        // a relative trust store is looked for in the user's home first, then in the distribution
        Path storePath = store == null || store.isBlank() ? null
                : Files.exists(home.resolve(store)) ? home.resolve(store) : dist.resolve(store);
        trust = BundleTrust.load(storePath,
                password == null ? null : password.toCharArray(), dist.resolve("lib").resolve("deploy-digests"));
        if (trust.trustStoreProblem() != null) {
            LOG.error("Signed bundles are required, but {}: only the bundles that came with Concord are installed"
                    + " from deploy/", trust.trustStoreProblem());
        }
    }

    private static Path folder(BundleContext context, String property) {
        String value = context.getProperty(property);
        return Path.of(value == null ? "." : value).toAbsolutePath().normalize();
    }

    @Override
    public boolean canHandle(File artifact) {
        return trust != null && artifact.getName().endsWith(".jar") && NonBundleJarReporter.problem(artifact) == null
                && refusal(artifact) != null;
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
        checked.remove(artifact);
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                if (trust != null) {
                    candidates.removeIf(revision -> refusedJar(revision.getBundle().getLocation()));
                }
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisions) {
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
            }

            @Override
            public void end() {
            }
        };
    }

    /** Whether {@code location} is a jar of deploy/ that is refused (said once for each version of the jar). */
    private boolean refusedJar(String location) {
        if (location == null || !location.startsWith("file:")) {
            return false;
        }
        File jar;
        try {
            jar = Path.of(URI.create(location)).toAbsolutePath().normalize().toFile();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (deploy.stream().noneMatch(jar.toPath()::startsWith) || !jar.getName().endsWith(".jar")) {
            return false;
        }
        Checked before = checked.get(jar);
        String refusal = refusal(jar);
        if (refusal != null && checked.get(jar) != before) {
            report(jar);
        }
        return refusal != null;
    }

    private void report(File artifact) {
        String refusal = refusal(artifact);
        if (refusal != null) {
            LOG.error("{} is refused: {}. Signed bundles are required ({}); the other bundles keep running.",
                    artifact, refusal, REQUIRE_SIGNED);
        }
    }

    private String refusal(File artifact) {
        long length = artifact.length();
        long modified = artifact.lastModified();
        Checked c = checked.get(artifact);
        if (c == null || c.length() != length || c.modified() != modified) {
            c = new Checked(length, modified, trust.refusal(artifact));
            checked.put(artifact, c);
        }
        return c.refusal();
    }
}
