package io.concord.api;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An annotator, registered as an OSGi service. The engine tracks all of them (whiteboard), orders them by
 * the types they need and produce, and runs documents through the result.
 *
 * <p>The types an annotator needs and produces are read from the capabilities of its description, which
 * uimaFIT fills from {@code @TypeCapability} on the annotator class, so the contract is written once.
 * The engine creates the analysis engine with this service's bundle class loader as context class loader,
 * so the description may name the annotator class. The engine stamps every annotation the annotator adds
 * with its id and bundle version; the annotator sets {@code confidence}.
 */
@ConsumerType
public interface Annotator {
    /**
     * Stable identifier such as {@code "people"}. Two services with the same id are two versions of one
     * annotator: the one with the higher service ranking, then the higher bundle version, is used.
     */
    String id();

    /** The uimaFIT/UIMA description of the analysis engine, including its type capabilities. */
    AnalysisEngineDescription description() throws ResourceInitializationException;
}
