package io.concord.annotator.people;

import io.concord.api.Annotator;
import io.concord.types.ConcordTypeSystem;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Registers the people annotator; its settings come from component configuration (PID below). */
@Component(service = Annotator.class, configurationPid = PeopleAnnotatorProvider.PID)
@Designate(ocd = PeopleAnnotatorProvider.Config.class)
public final class PeopleAnnotatorProvider implements Annotator {
    static final String PID = "io.concord.annotator.people";

    @ObjectClassDefinition(name = "Concord people annotator")
    public @interface Config {
        @AttributeDefinition(description = "Mentions below this confidence are dropped.")
        double minConfidence() default 0.5;
    }

    private final Config config;

    @Activate
    public PeopleAnnotatorProvider(Config config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "people";
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(PersonAnnotator.class, ConcordTypeSystem.description(),
                PersonAnnotator.PARAM_MIN_CONFIDENCE, config.minConfidence());
    }
}
