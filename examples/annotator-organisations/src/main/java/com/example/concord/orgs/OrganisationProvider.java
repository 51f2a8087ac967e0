package com.example.concord.orgs;

import io.concord.api.Annotator;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Puts the organisations annotator, and with it the Organisation type, into Concord's pipeline. */
@Component(service = Annotator.class, configurationPid = "com.example.concord.orgs")
@Designate(ocd = OrganisationProvider.Config.class)
public final class OrganisationProvider implements Annotator {
    @ObjectClassDefinition(name = "Example: organisations")
    public @interface Config {
        @AttributeDefinition(description = "The confidence given to every organisation, in [0, 1].")
        double confidence() default 0.8;
    }

    private final Config config;

    @Activate
    public OrganisationProvider(Config config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "organisations";
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(OrganisationAnnotator.class,
                OrganisationTypes.withConcordTypes(), OrganisationAnnotator.PARAM_CONFIDENCE, config.confidence());
    }
}
