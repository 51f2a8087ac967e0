package io.concord.testing.faulty;

import io.concord.api.Annotator;
import io.concord.types.ConcordTypeSystem;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.osgi.service.component.annotations.Component;

/** Registers the misbehaving annotator (id {@code faulty}). */
@Component(service = Annotator.class)
public final class FaultyAnnotatorProvider implements Annotator {
    @Override
    public String id() {
        return "faulty";
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(FaultyAnnotator.class, ConcordTypeSystem.description());
    }
}
