package io.concord.annotator.segmenter;

import io.concord.api.Annotator;
import io.concord.types.ConcordTypeSystem;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.osgi.service.component.annotations.Component;

/**
 * Registers the segmenter. The planner runs it first because the other annotators declare its types as
 * inputs; replace it by deploying another annotator that produces the same types.
 */
@Component(service = Annotator.class)
public final class SegmenterProvider implements Annotator {
    @Override
    public String id() {
        return "segmenter";
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(SegmentAnnotator.class, ConcordTypeSystem.description());
    }
}
