package io.concord.annotator.remote;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Map;

import io.concord.api.Annotator;
import io.concord.types.ConcordTypeSystem;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.Capability;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One remote annotator per factory configuration: FileInstall turns
 * {@code conf/io.concord.annotator.remote-NAME.cfg} into one, so adding, changing or deleting the file
 * adds, restarts or removes the annotator. A configuration that is wrong still registers the annotator,
 * whose description then fails with the reason, so {@code bin/concord bundles} shows what to fix.
 */
@Component(service = Annotator.class, configurationPid = RemoteAnnotatorProvider.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RemoteAnnotatorProvider.Config.class, factory = true)
public final class RemoteAnnotatorProvider implements Annotator {
    static final String PID = "io.concord.annotator.remote";

    @ObjectClassDefinition(name = "Concord remote annotator",
            description = "An HTTP endpoint that annotates documents (contract: docs/remote-annotators.md).")
    public @interface Config {
        @AttributeDefinition(description = "Annotator id; defaults to NAME of io.concord.annotator.remote-NAME.cfg.")
        String id() default "";

        @AttributeDefinition(description = "The endpoint, e.g. http://localhost:8090/annotate.")
        String url();

        @AttributeDefinition(description = "Exchange types the endpoint returns, e.g. person, place.")
        String[] produces();

        @AttributeDefinition(description = "Exchange types whose annotations are sent along (run after their producers).")
        String[] needs() default {};

        @AttributeDefinition(description = "Time limit of one HTTP call (connecting and answering), in ms.")
        int timeoutMillis() default 10000;

        @AttributeDefinition(description = "Further tries after a connection failure, a timeout or an HTTP 5xx.")
        int retries() default 2;

        @AttributeDefinition(description = "Documents failed in a row before calls are paused (0: never pause).")
        int failuresBeforePause() default 5;

        @AttributeDefinition(description = "How long calls are paused (failing at once), in ms.")
        long pauseMillis() default 30000;

        @AttributeDefinition(description = "Most calls to the endpoint at once.")
        int concurrency() default 4;

        @AttributeDefinition(description = "How the endpoint is told who calls: none, bearer (Authorization: Bearer "
                + "SECRET), basic (SECRET is user:password) or header (SECRET sent as the header authHeader).")
        String auth() default "none";

        @AttributeDefinition(description = "The header that carries the secret when auth=header.")
        String authHeader() default "X-API-Key";

        @AttributeDefinition(description = "The environment variable that holds the secret.")
        String secretEnv() default "";

        @AttributeDefinition(description = "A file whose first line is the secret (relative: to the .cfg file's "
                + "folder); read again when it changes.")
        String secretFile() default "";

        @AttributeDefinition(description = "Allow sending the secret over plain http:// to another machine.")
        boolean allowCleartextCredentials() default false;

        @AttributeDefinition(description = "A PEM file of the certificates to trust for an https:// endpoint "
                + "(a private CA); empty: the JDK's trust store.")
        String trustCertificates() default "";
    }

    private final String id;
    private final String problem;
    private final RemoteSettings settings;
    private final ExchangeTypes types;
    private final String endpointKey;

    @Activate
    public RemoteAnnotatorProvider(Config config, Map<String, Object> properties) throws ResourceInitializationException {
        this.types = ExchangeTypes.of(ConcordTypeSystem.description());
        String fallbackId = nameOfFile(properties);
        RemoteSettings s = null;
        String why = null;
        try {
            s = RemoteSettings.of(config, fallbackId, types, folderOfFile(properties), System.getenv());
        } catch (IllegalArgumentException e) {
            why = "configuration " + properties.getOrDefault("felix.fileinstall.filename", properties.get("service.pid"))
                    + ": " + e.getMessage();
        }
        this.settings = s;
        this.problem = why;
        this.id = s != null ? s.id() : config.id() == null || config.id().isBlank() ? fallbackId : config.id().trim();
        this.endpointKey = s == null ? null : Endpoints.register(RemoteEndpoint.of(s));
    }

    @Deactivate
    void deactivate() {
        if (endpointKey != null) {
            Endpoints.remove(endpointKey);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        if (problem != null) {
            throw new ResourceInitializationException(new IllegalArgumentException(problem));
        }
        AnalysisEngineDescription d = AnalysisEngineFactory.createEngineDescription(RemoteAnnotator.class,
                ConcordTypeSystem.description(), RemoteAnnotator.PARAM_ENDPOINT, endpointKey);
        // the engine orders annotators by these; here they come from the configuration
        Capability capability = UIMAFramework.getResourceSpecifierFactory().createCapability();
        settings.needs().forEach(t -> capability.addInputType(types.uimaType(t), false));
        settings.produces().forEach(t -> capability.addOutputType(types.uimaType(t), false));
        d.getAnalysisEngineMetaData().setCapabilities(new Capability[]{capability});
        return d;
    }

    /** The folder of the .cfg file, where its relative file settings are looked for; null if not from a file. */
    static Path folderOfFile(Map<String, Object> properties) {
        Object file = properties.get("felix.fileinstall.filename");
        if (file == null) {
            return null;
        }
        try {
            return Path.of(URI.create(file.toString())).getParent();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return null;
        }
    }

    /** NAME of {@code io.concord.annotator.remote-NAME.cfg}, or "remote" for a configuration made otherwise. */
    static String nameOfFile(Map<String, Object> properties) {
        Object file = properties.get("felix.fileinstall.filename");
        if (file == null) {
            return "remote";
        }
        String name = file.toString().substring(file.toString().lastIndexOf('/') + 1);
        name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return name.startsWith(PID + "-") ? name.substring(PID.length() + 1) : name;
    }
}
