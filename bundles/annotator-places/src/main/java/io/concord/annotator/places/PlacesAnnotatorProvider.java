package io.concord.annotator.places;

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

/** Registers the places annotator; its settings come from component configuration (PID below). */
@Component(service = Annotator.class, configurationPid = PlacesAnnotatorProvider.PID)
@Designate(ocd = PlacesAnnotatorProvider.Config.class)
public final class PlacesAnnotatorProvider implements Annotator {
    static final String PID = "io.concord.annotator.places";

    @ObjectClassDefinition(name = "Concord places annotator")
    public @interface Config {
        @AttributeDefinition(description = "Cities with fewer inhabitants (GeoNames) are not recognised.")
        int minPopulation() default 15000;

        @AttributeDefinition(description = "Mentions below this confidence are dropped.")
        double minConfidence() default 0.5;
    }

    private final Config config;

    @Activate
    public PlacesAnnotatorProvider(Config config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "places";
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(PlaceAnnotator.class, ConcordTypeSystem.description(),
                PlaceAnnotator.PARAM_MIN_POPULATION, config.minPopulation(),
                PlaceAnnotator.PARAM_MIN_CONFIDENCE, config.minConfidence());
    }
}
