package com.example.concord.floor;

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

/** Registers the confidence floor; set {@code floor=0.7} in conf/com.example.concord.floor.cfg to change it. */
@Component(service = Annotator.class, configurationPid = "com.example.concord.floor")
@Designate(ocd = ConfidenceFloorProvider.Config.class)
public final class ConfidenceFloorProvider implements Annotator {
    @ObjectClassDefinition(name = "Example: confidence floor")
    public @interface Config {
        @AttributeDefinition(description = "Annotations with a lower confidence are removed.")
        double floor() default 0.5;
    }

    private final Config config;

    @Activate
    public ConfidenceFloorProvider(Config config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "confidence-floor";
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(ConfidenceFloorAnnotator.class, ConcordTypeSystem.description(),
                ConfidenceFloorAnnotator.PARAM_FLOOR, config.floor());
    }
}
