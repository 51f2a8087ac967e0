package io.concord.annotator.figures;

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

/** Registers the figures annotator; its settings come from component configuration (PID below). */
@Component(service = Annotator.class, configurationPid = FigureAnnotatorProvider.PID)
@Designate(ocd = FigureAnnotatorProvider.Config.class)
public final class FigureAnnotatorProvider implements Annotator {
    static final String PID = "io.concord.annotator.figures";

    @ObjectClassDefinition(name = "Concord figures annotator",
            description = "Counts, money, percentages, measures, durations, ratios and dates.")
    public @interface Config {
        @AttributeDefinition(description = "Figures below this confidence are dropped.")
        double minConfidence() default 0.5;

        @AttributeDefinition(description = "Annotate a year standing alone (in 2023), not only inside a full date.")
        boolean yearsAlone() default true;

        @AttributeDefinition(description = "Annotate 'a day', 'an hour', 'a year' as durations of one unit.")
        boolean indefiniteDurations() default true;
    }

    private final Config config;

    @Activate
    public FigureAnnotatorProvider(Config config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "figures";
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(FigureAnnotator.class, ConcordTypeSystem.description(),
                FigureAnnotator.PARAM_MIN_CONFIDENCE, config.minConfidence(),
                FigureAnnotator.PARAM_YEARS_ALONE, config.yearsAlone(),
                FigureAnnotator.PARAM_INDEFINITE_DURATIONS, config.indefiniteDurations());
    }
}
