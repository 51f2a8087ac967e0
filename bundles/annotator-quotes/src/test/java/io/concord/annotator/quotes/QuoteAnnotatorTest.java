package io.concord.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;

import io.concord.annotator.segmenter.SegmenterProvider;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Person;
import io.concord.types.Quote;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.TypeOrFeature;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.Capability;
import org.junit.jupiter.api.Test;

/** The analysis engine on a CAS holding hand-made Person annotations, as the people annotator would leave them. */
class QuoteAnnotatorTest {
    private static final AnalysisEngine SEGMENTER = segmenter();

    private static AnalysisEngine segmenter() {
        try {
            return AnalysisEngineFactory.createEngine(new SegmenterProvider().description());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String TEXT = "Foreign Minister Olena Marchuk met her Polish counterpart on Tuesday. "
            + "“We expect results, not promises,” Marchuk told reporters. She added that the talks had been "
            + "“frank and useful”.\n\nThe Kremlin called the meeting “a provocation”.";

    private static Person person(JCas jcas, String name, int from, String canonical) {
        int b = TEXT.indexOf(name, from);
        Person p = new Person(jcas, b, b + name.length());
        p.setCanonical(canonical);
        p.setConfidence(0.9);
        p.addToIndexes();
        return p;
    }

    @Test
    void addsQuotesWithSpeakerCueAndTheSpeakersPersonMention() throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(QuoteAnnotator.class,
                ConcordTypeSystem.description());
        JCas jcas = engine.newJCas();
        jcas.setDocumentText(TEXT);
        Person full = person(jcas, "Olena Marchuk", 0, "Olena Marchuk");
        Person surname = person(jcas, "Marchuk", TEXT.indexOf("told") - 12, "Olena Marchuk");

        SEGMENTER.process(jcas);
        engine.process(jcas);

        List<Quote> quotes = jcas.select(Quote.class).asList();
        assertEquals(List.of("We expect results, not promises,", "frank and useful", "a provocation"),
                quotes.stream().map(Quote::getCoveredText).toList());
        Quote first = quotes.get(0);
        assertEquals("Olena Marchuk", first.getSpeaker());
        assertEquals("told", first.getCue());
        assertSame(surname, first.getSpeakerMention());
        Quote second = quotes.get(1);
        assertEquals("Olena Marchuk", second.getSpeaker());
        assertEquals("added", second.getCue());
        assertTrue(second.getConfidence() < first.getConfidence(), "pronoun attribution is less certain");
        Quote third = quotes.get(2);
        assertEquals("Kremlin", third.getSpeaker());
        assertNull(third.getSpeakerMention());
        assertTrue(full.getEnd() < first.getBegin());
    }

    @Test
    void providerDescribesAnEngineThatNeedsPersonsAndMakesQuotes() throws Exception {
        QuotesAnnotatorProvider provider = new QuotesAnnotatorProvider(new TestConfig(4));
        assertEquals("quotes", provider.id());
        AnalysisEngineDescription description = provider.description();
        Capability capability = description.getAnalysisEngineMetaData().getCapabilities()[0];
        assertEquals(List.of("io.concord.types.Token", "io.concord.types.Sentence", "io.concord.types.Person"),
                names(capability.getInputs()));
        assertEquals(List.of("io.concord.types.Quote"), names(capability.getOutputs()));
        assertEquals(4, description.getAnalysisEngineMetaData().getConfigurationParameterSettings()
                .getParameterValue(QuoteAnnotator.PARAM_MIN_QUOTE_WORDS));
    }

    @Test
    void minimumWordsSettingDecidesWhenAShortPhraseNeedsAReportingVerb() throws Exception {
        String text = "Everyone remembers the day. “Never again, never again.” The crowd went home.";
        for (int min : new int[] {3, 5}) {
            AnalysisEngine engine = AnalysisEngineFactory.createEngine(new QuotesAnnotatorProvider(
                    new TestConfig(min)).description());
            JCas jcas = engine.newJCas();
            jcas.setDocumentText(text);
            SEGMENTER.process(jcas);
            engine.process(jcas);
            assertEquals(min == 3 ? 1 : 0, jcas.select(Quote.class).count(), "minQuoteWords=" + min);
        }
    }

    private static List<String> names(TypeOrFeature[] tofs) {
        return Arrays.stream(tofs).map(TypeOrFeature::getName).toList();
    }

    /** Component configuration as Declarative Services would pass it. */
    private record TestConfig(int minQuoteWords) implements QuotesAnnotatorProvider.Config {
        @Override
        public int pronounLookbackSentences() {
            return 3;
        }

        @Override
        public boolean singleMarks() {
            return true;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return QuotesAnnotatorProvider.Config.class;
        }
    }
}
