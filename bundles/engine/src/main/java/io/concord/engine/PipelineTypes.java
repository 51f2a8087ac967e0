package io.concord.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.concord.types.ConcordTypeSystem;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * The type system of a pipeline snapshot: Concord's types merged with the types its annotators' descriptions
 * bring (a third-party bundle can add its own, e.g. an {@code Organisation}), and the CASes made from it. A
 * snapshot whose annotators bring no new type keeps the CASes of the one before.
 */
final class PipelineTypes {
    /** The types, their supertypes and features, in a canonical order: equal keys, equal type systems. */
    private final String key;
    final TypeSystemDescription description;
    /** Each type's supertype, as declared; UIMA's built-in types are not in it. */
    private final Map<String, String> supertypes = new HashMap<>();
    /** The CASes, made on first use: a command that only lists the pipeline never builds a CAS. */
    final CasPool pool;

    private PipelineTypes(String key, TypeSystemDescription description, int poolSize) {
        this.key = key;
        this.description = description;
        this.pool = new CasPool(poolSize, description);
        for (TypeDescription t : description.getTypes()) {
            supertypes.put(t.getName(), t.getSupertypeName());
        }
        supertypes.putIfAbsent(CAS.TYPE_NAME_DOCUMENT_ANNOTATION, CAS.TYPE_NAME_ANNOTATION);
        supertypes.putIfAbsent(CAS.TYPE_NAME_ANNOTATION, CAS.TYPE_NAME_ANNOTATION_BASE);
        supertypes.putIfAbsent(CAS.TYPE_NAME_ANNOTATION_BASE, CAS.TYPE_NAME_TOP);
    }

    /**
     * Whether {@code type} is {@code ancestor} or one of its subtypes, read from the descriptions alone:
     * planning a pipeline must not wait for a CAS, whose type system takes a tenth of a second to commit.
     */
    boolean subsumes(String ancestor, String type) {
        Set<String> seen = new HashSet<>();
        // a declared type's chain ends in UIMA's built-in types, whose own chain is put in above
        for (String t = type; t != null && seen.add(t); t = supertypes.get(t)) {
            if (t.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Makes one CAS now, so that the first document does not wait for the type system (run in the background). */
    void warmUp() throws Exception {
        pool.giveBack(pool.take());
    }

    /** Concord's own types only. */
    private XmiDocuments xmi;

    /** A reader of XMI into these types, made on first use: most runs read none. */
    synchronized XmiDocuments xmi() throws Exception {
        if (xmi == null) {
            xmi = new XmiDocuments(description);
        }
        return xmi;
    }

    static PipelineTypes concord(int poolSize) throws Exception {
        TypeSystemDescription d = ConcordTypeSystem.description();
        return new PipelineTypes(key(d), d, poolSize);
    }

    /**
     * The merged types of {@code stages} and Concord's; a stage whose types cannot be merged with those before it
     * (the same type declared with another supertype or feature range) is listed in {@code refused} with why.
     */
    static Merge merge(List<AnnotatorStage> stages) throws ResourceInitializationException {
        List<TypeSystemDescription> accepted = new ArrayList<>(List.of(ConcordTypeSystem.description()));
        Map<AnnotatorStage, String> refused = new LinkedHashMap<>();
        TypeSystemDescription merged = CasCreationUtils.mergeTypeSystems(accepted);
        for (AnnotatorStage stage : stages) {
            TypeSystemDescription own = stage.description.getAnalysisEngineMetaData().getTypeSystem();
            if (own == null || own.getTypes().length == 0) {
                continue;
            }
            accepted.add(own);
            try {
                merged = CasCreationUtils.mergeTypeSystems(accepted);
            } catch (ResourceInitializationException | RuntimeException e) {
                accepted.remove(accepted.size() - 1);
                refused.put(stage, "its types cannot be merged with those of the other annotators: " + e.getMessage());
            }
        }
        return new Merge(merged, refused);
    }

    record Merge(TypeSystemDescription description, Map<AnnotatorStage, String> refused) {}

    /** These types for {@code merged}: this one when it holds the same types, else a new one with its own CASes. */
    PipelineTypes next(TypeSystemDescription merged, int poolSize) {
        String k = key(merged);
        return k.equals(key) ? this : new PipelineTypes(k, merged, poolSize);
    }

    static String key(TypeSystemDescription d) {
        Map<String, String> types = new TreeMap<>();
        for (TypeDescription t : d.getTypes()) {
            Map<String, String> features = new TreeMap<>();
            for (FeatureDescription f : t.getFeatures()) {
                features.put(f.getName(), f.getRangeTypeName() + "/" + f.getElementType());
            }
            types.put(t.getName(), t.getSupertypeName() + features);
        }
        return types.toString();
    }
}
