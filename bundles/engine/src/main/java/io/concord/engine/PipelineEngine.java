package io.concord.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.concord.api.AnnotatedDocument;
import io.concord.api.AnnotationService;
import io.concord.api.Annotator;
import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotatorInfo;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.DocumentSource;
import io.concord.types.DocumentMetadata;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.Capability;
import org.apache.uima.analysis_engine.TypeOrFeature;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The annotation engine: tracks {@link Annotator} services (whiteboard), keeps an ordered pipeline
 * snapshot, and runs each document on the snapshot current when the document started.
 */
@Component(service = AnnotationService.class, configurationPid = PipelineEngine.PID)
@Designate(ocd = PipelineEngine.Config.class)
public final class PipelineEngine implements AnnotationService {
    static final String PID = "io.concord.engine";
    private static final Logger LOG = LoggerFactory.getLogger(PipelineEngine.class);
    /** How long new documents wait for an annotator whose bundle is being updated. */
    private static final long RETURN_WAIT_MILLIS = 5_000;
    private static final Set<String> PROVIDED_TYPES = Set.of(DocumentMetadata.class.getName(), "uima.tcas.DocumentAnnotation");

    @ObjectClassDefinition(name = "Concord engine")
    public @interface Config {
        @AttributeDefinition(description = "Time limit for one annotator on one document, in ms (0: none).")
        long annotatorTimeoutMillis() default 60_000;

        @AttributeDefinition(description = "How long to wait for an annotator to stop after its time limit, in ms.")
        long overrunGraceMillis() default 2_000;

        @AttributeDefinition(description = "CASes kept for reuse; also the most documents annotated at once.")
        int casPoolSize() default 16;

        @AttributeDefinition(description = "A document longer than this many characters is annotated in sections of "
                + "at most this length, cut at paragraph breaks, and written whole (0: always whole).")
        int sectionChars() default 1_000_000;
    }

    private final Config config;
    private final ExecutorService executor;
    private final StageRunner runner;
    /** Live annotators by service; guarded by {@code this}. */
    private final Map<ServiceReference<Annotator>, Object> annotators = new LinkedHashMap<>();
    private volatile Pipeline current;
    /** The framework, whose state says when Concord is shutting down. */
    private final Bundle system;
    /** Annotators being updated: new documents wait for their new version rather than go without them. */
    private final ReturningAnnotators returning = new ReturningAnnotators(RETURN_WAIT_MILLIS, System::currentTimeMillis);
    private volatile boolean deactivated;

    @Activate
    public PipelineEngine(Config config, BundleContext context) throws Exception {
        this.config = config;
        this.system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        this.current = new Pipeline(List.of(), List.of(), PipelineTypes.concord(poolSize()));
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        this.runner = new StageRunner(executor, config.annotatorTimeoutMillis(), config.overrunGraceMillis());
        // the type system commits while the rest of Concord starts, not when the first document comes
        PipelineTypes types = current.types;
        executor.execute(() -> {
            try {
                types.warmUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the engine stopped while starting
            } catch (Exception e) {
                // the first document meets the same problem and reports it
                LOG.debug("cannot make a CAS ahead of the first document: {}", StageRunner.describe(e));
            }
        });
    }

    @Deactivate
    void deactivate() {
        deactivated = true;
        synchronized (this) {
            current.retire();
            current = new Pipeline(List.of(), List.of(), current.types);
        }
        executor.shutdownNow();
    }

    @Reference(service = Annotator.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addAnnotator(ServiceReference<Annotator> ref, Annotator annotator) {
        Object stage = createStage(ref, annotator);
        if (stage instanceof AnnotatorStage s) {
            s.retain(); // held while the service is live, so a left-out or shadowed stage is released too
        }
        synchronized (this) {
            annotators.put(ref, stage);
            rebuild();
        }
        returning.present(current.info.stream().filter(AnnotatorInfo::active).map(AnnotatorInfo::id).toList());
    }

    void removeAnnotator(ServiceReference<Annotator> ref) {
        Object removed;
        Bundle bundle = ref.getBundle();
        synchronized (this) {
            removed = annotators.remove(ref);
            if (removed instanceof AnnotatorStage s) {
                s.withdraw();
            }
            rebuild();
            // inside the lock: a document takes its pipeline under it, so it sees the new pipeline and the
            // annotator awaited together
            if (removed instanceof AnnotatorStage s
                    && current.info.stream().noneMatch(i -> i.active() && i.id().equals(s.id))) {
                returning.left(s.id, bundle);
            }
        }
        if (removed instanceof AnnotatorStage s) {
            s.release();
        }
    }

    @Override
    public List<AnnotatorInfo> annotators() {
        return current.info;
    }

    @Override
    public <R> R open(DocumentRecord record, DocumentCallback<R> callback) throws Exception {
        return openFrom(null, record, callback);
    }

    @Override
    public <R> R openFrom(DocumentSource source, DocumentRecord record, DocumentCallback<R> callback) throws Exception {
        CasPool casPool = current.types.pool;
        JCas jcas = casPool.take();
        try {
            DocumentRecords.fill(jcas, record);
            describe(jcas, source);
            return callback.accept(new AnnotatedCas(record.id(), jcas, record.outcomes()));
        } finally {
            casPool.giveBack(jcas);
        }
    }

    /** Writes where the document came from into its CAS's metadata, which the exports carry. */
    private static void describe(JCas jcas, DocumentSource source) {
        if (source == null) {
            return;
        }
        for (DocumentMetadata meta : jcas.getCas().<DocumentMetadata>select(DocumentMetadata.class)) {
            meta.setSource(source.location());
            meta.setTitle(source.title());
            meta.setPublished(source.published());
        }
    }

    @Override
    public DocumentRecord readXmi(String documentId, InputStream xmi) throws IOException {
        XmiDocuments reader;
        try {
            reader = current.types.xmi();
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up reading XMI: " + e.getMessage(), e);
        }
        return reader.read(documentId, xmi);
    }

    @Override
    public <R> R annotate(String documentId, String text, String source, DocumentCallback<R> callback) throws Exception {
        return annotateFrom(DocumentSource.at(source), documentId, text, callback);
    }

    @Override
    public <R> R annotateFrom(DocumentSource source, String documentId, String text, DocumentCallback<R> callback)
            throws Exception {
        if (config.sectionChars() > 0 && text.length() > config.sectionChars()) {
            return annotateInSections(source, documentId, text, callback);
        }
        return annotateWhole(source, documentId, text, callback);
    }

    /**
     * A document too long to annotate whole (its CAS, tokens and each annotator's working data would need
     * gigabytes, and each annotator's time limit would be spent on one pass) is annotated section by section;
     * the callback gets one document with every section's annotations, in a CAS without tokens or sentences.
     * Names and figures are read within their section: a later mention in another section is not linked to
     * the first.
     */
    private <R> R annotateInSections(DocumentSource source, String documentId, String text, DocumentCallback<R> callback)
            throws Exception {
        List<int[]> sections = Sections.of(text, config.sectionChars());
        SectionedRecord whole = new SectionedRecord(documentId, text, sections.size());
        for (int k = 0; k < sections.size(); k++) {
            int[] span = sections.get(k);
            DocumentRecord part = annotateWhole(source, documentId, text.substring(span[0], span[1]),
                    AnnotatedDocument::record);
            whole.add(k, span[0], part);
        }
        LOG.info("{}: annotated in {} sections of at most {} characters", documentId, sections.size(),
                config.sectionChars());
        CasPool casPool = current.types.pool;
        JCas jcas = casPool.take();
        try {
            DocumentRecords.fill(jcas, whole.record());
            describe(jcas, source);
            whole.outcomes().forEach(o -> StageRunner.recordRun(jcas, o));
            refuseWhileShuttingDown(documentId);
            return callback.accept(new AnnotatedCas(documentId, jcas, whole.outcomes()));
        } finally {
            casPool.giveBack(jcas);
        }
    }

    private <R> R annotateWhole(DocumentSource source, String documentId, String text, DocumentCallback<R> callback)
            throws Exception {
        // A document whose annotator lost its code mid-way (its bundle updated or removed while the document
        // ran) is annotated once more, by the pipeline of the moment: nothing is lost to a hot deploy.
        refuseWhileShuttingDown(documentId);
        for (int attempt = 0; ; attempt++) {
            Pipeline pipeline = null;
            while (pipeline == null) {
                refuseWhileShuttingDown(documentId); // Concord stopping: nothing is awaited, the document fails
                returning.await(() -> deactivated || system != null && system.getState() == Bundle.STOPPING);
                synchronized (this) {
                    if (returning.none() || deactivated) {
                        pipeline = current;
                        pipeline.acquire();
                    }
                }
            }
            JCas jcas = null;
            CasPool casPool = pipeline.types.pool;
            try {
                jcas = casPool.take();
                jcas.setDocumentText(text);
                jcas.setDocumentLanguage("en");
                DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
                meta.setDocumentId(documentId);
                meta.addToIndexes();
                describe(jcas, source);

                List<AnnotatorOutcome> outcomes = new ArrayList<>();
                boolean again = false;
                List<AnnotatorStage> stages = pipeline.stages;
                stages:
                for (int next = 0; next < stages.size(); ) {
                    List<StageRunner.Result> results = runner.run(stages.subList(next, stages.size()), jcas);
                    if (results.get(results.size() - 1).casAbandoned()) {
                        // The annotator is still running on the old CAS: go on with a copy of what is done.
                        JCas copy = casPool.take();
                        StageRunner.copyFinished(jcas, copy);
                        casPool.discard();
                        jcas = copy;
                    }
                    for (StageRunner.Result result : results) {
                        AnnotatorStage stage = stages.get(next++);
                        if (result.classesGone() && attempt == 0 && current != pipeline) {
                            LOG.info("{}: annotator {} was replaced while it ran; annotating the document again",
                                    documentId, stage.id);
                            again = true;
                            break stages;
                        }
                        outcomes.add(result.outcome());
                        StageRunner.recordRun(jcas, result.outcome());
                        if (!result.outcome().ok()) {
                            LOG.warn("{}: annotator {} {}: {}", documentId, stage.id,
                                    result.outcome().status().name().toLowerCase(), result.outcome().message());
                        }
                    }
                }
                if (!again) {
                    refuseWhileShuttingDown(documentId);
                    return callback.accept(new AnnotatedCas(documentId, jcas, outcomes));
                }
            } finally {
                if (jcas != null) {
                    casPool.giveBack(jcas);
                }
                pipeline.release();
            }
        }
    }

    /**
     * While the framework stops (SIGTERM, Ctrl-C) its annotators leave one by one: a document annotated then
     * would be handed on as done by what is left of the pipeline, so it fails instead, to be annotated again.
     */
    private void refuseWhileShuttingDown(String documentId) {
        if (deactivated || (system != null && system.getState() == Bundle.STOPPING)) {
            throw new IllegalStateException("Concord is shutting down; " + documentId + " was not finished");
        }
    }

    /** A stage, or a String saying why the annotator cannot run at all. */
    private Object createStage(ServiceReference<Annotator> ref, Annotator annotator) {
        Bundle bundle = ref.getBundle();
        String id;
        try {
            id = annotator.id();
        } catch (RuntimeException e) {
            return new Broken(String.valueOf(bundle), "id() failed: " + e);
        }
        ClassLoader loader = bundle.adapt(BundleWiring.class).getClassLoader();
        AnnotatorStage stage = null;
        try {
            AnnotatorStage probe = new AnnotatorStage(id, bundle.getVersion().toString(), bundle.getSymbolicName(),
                    bundle.getBundleId(), loader, null, Set.of(), Set.of());
            AnalysisEngineDescription description = probe.withContextLoader(annotator::description);
            stage = new AnnotatorStage(id, probe.version, probe.bundle, probe.bundleId, loader, description,
                    capabilityTypes(description, true), capabilityTypes(description, false));
            // Create one engine now: a broken annotator is reported once, at install, not per document.
            stage.giveBack(stage.borrow());
            return stage;
        } catch (Exception | LinkageError e) {
            LOG.error("annotator {} from bundle {} {} cannot start: {}", id, bundle.getSymbolicName(),
                    bundle.getVersion(), StageRunner.describe(e));
            return new Broken(id, "cannot create its analysis engine: " + StageRunner.describe(e));
        }
    }

    private record Broken(String id, String problem) {}

    private static Set<String> capabilityTypes(AnalysisEngineDescription d, boolean inputs) {
        Set<String> out = new LinkedHashSet<>();
        for (Capability c : d.getAnalysisEngineMetaData().getCapabilities()) {
            for (TypeOrFeature t : inputs ? c.getInputs() : c.getOutputs()) {
                if (t.isType()) {
                    out.add(t.getName());
                }
            }
        }
        return out;
    }

    /** Builds a new snapshot from the live annotators; the old one goes when its last document is done. */
    private void rebuild() {
        List<AnnotatorInfo> infos = new ArrayList<>();
        Map<String, List<Map.Entry<ServiceReference<Annotator>, AnnotatorStage>>> byId = new LinkedHashMap<>();
        for (Map.Entry<ServiceReference<Annotator>, Object> e : annotators.entrySet()) {
            if (e.getValue() instanceof AnnotatorStage s) {
                byId.computeIfAbsent(s.id, k -> new ArrayList<>()).add(Map.entry(e.getKey(), s));
            } else if (e.getValue() instanceof Broken b) {
                Bundle bundle = e.getKey().getBundle();
                infos.add(new AnnotatorInfo(b.id(), bundle == null ? "?" : bundle.getVersion().toString(),
                        bundle == null ? "?" : bundle.getSymbolicName(), bundle == null ? -1 : bundle.getBundleId(),
                        List.of(), List.of(), false, b.problem()));
            }
        }
        List<PipelinePlanner.Candidate<AnnotatorStage>> candidates = new ArrayList<>();
        for (List<Map.Entry<ServiceReference<Annotator>, AnnotatorStage>> versions : byId.values()) {
            // Two services with one id are two versions of one annotator: ranking, then bundle version, wins.
            versions.sort(Comparator.comparing((Map.Entry<ServiceReference<Annotator>, AnnotatorStage> e) -> ranking(e.getKey()))
                    .thenComparing(e -> e.getKey().getBundle().getVersion()).reversed());
            AnnotatorStage chosen = versions.get(0).getValue();
            candidates.add(new PipelinePlanner.Candidate<>(chosen.id, chosen, chosen.inputs, chosen.outputs));
            for (int i = 1; i < versions.size(); i++) {
                infos.add(info(versions.get(i).getValue(), false, "shadowed by version " + chosen.version + " of the same annotator"));
            }
        }
        PipelineTypes types = current.types;
        try {
            PipelineTypes.Merge merge = PipelineTypes.merge(candidates.stream().map(PipelinePlanner.Candidate::payload).toList());
            merge.refused().forEach((stage, why) -> infos.add(info(stage, false, why)));
            candidates.removeIf(c -> merge.refused().containsKey(c.payload()));
            types = types.next(merge.description(), poolSize());
        } catch (Exception e) {
            // Concord's own types always merge; keep the CASes of the snapshot before
            LOG.error("the annotators' types cannot be merged: {}", StageRunner.describe(e));
        }
        PipelinePlanner.Plan<AnnotatorStage> plan = new PipelinePlanner(PROVIDED_TYPES, types::subsumes).plan(candidates);
        List<AnnotatorInfo> ordered = new ArrayList<>();
        plan.ordered().forEach(c -> ordered.add(info(c.payload(), true, null)));
        plan.leftOut().forEach((c, why) -> {
            ordered.add(info(c.payload(), false, why));
            // Debug: while bundles start one by one, a consumer is briefly left out; commands report the settled state.
            LOG.debug("annotator {} {} is left out of the pipeline: it {}", c.id(), c.payload().version, why);
        });
        ordered.addAll(infos);
        Pipeline next = new Pipeline(plan.ordered().stream().map(PipelinePlanner.Candidate::payload).toList(), ordered, types);
        Pipeline previous = current;
        current = next;
        previous.retire();
        LOG.debug("pipeline: {}", next.stages.isEmpty() ? "(no annotators)"
                : next.stages.stream().map(s -> s.id + " " + s.version).collect(Collectors.joining(" -> ")));
    }

    private static int ranking(ServiceReference<?> ref) {
        return ref.getProperty(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
    }

    private static AnnotatorInfo info(AnnotatorStage s, boolean active, String problem) {
        return new AnnotatorInfo(s.id, s.version, s.bundle, s.bundleId, List.copyOf(s.inputs), List.copyOf(s.outputs),
                active, problem);
    }

    private int poolSize() {
        return Math.max(1, config.casPoolSize());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "concord-annotator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
