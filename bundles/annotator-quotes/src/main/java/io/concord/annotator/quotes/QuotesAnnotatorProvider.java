package io.concord.annotator.quotes;

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

/** Registers the quotes annotator; its settings come from component configuration (PID below). */
@Component(service = Annotator.class, configurationPid = QuotesAnnotatorProvider.PID)
@Designate(ocd = QuotesAnnotatorProvider.Config.class)
public final class QuotesAnnotatorProvider implements Annotator {
    static final String PID = "io.concord.annotator.quotes";

    @ObjectClassDefinition(name = "Concord quotes annotator")
    public @interface Config {
        @AttributeDefinition(description = "Quoted phrases with fewer words count only when a reporting verb "
                + "governs them; otherwise they are scare quotes or labels.")
        int minQuoteWords() default 3;

        @AttributeDefinition(description = "How many sentences back a pronoun speaker (he said) looks for its person.")
        int pronounLookbackSentences() default 3;

        @AttributeDefinition(description = "Treat curly single marks as quotation marks (British style).")
        boolean singleMarks() default true;
    }

    private final Config config;

    @Activate
    public QuotesAnnotatorProvider(Config config) {
        this.config = config;
    }

    @Override
    public String id() {
        return "quotes";
    }

    @Override
    public AnalysisEngineDescription description() throws ResourceInitializationException {
        return AnalysisEngineFactory.createEngineDescription(QuoteAnnotator.class, ConcordTypeSystem.description(),
                QuoteAnnotator.PARAM_MIN_QUOTE_WORDS, config.minQuoteWords(),
                QuoteAnnotator.PARAM_PRONOUN_LOOKBACK, config.pronounLookbackSentences(),
                QuoteAnnotator.PARAM_SINGLE_MARKS, config.singleMarks());
    }
}
