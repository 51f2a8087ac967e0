package io.concord.annotator.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;

import io.concord.annotator.segmenter.SegmenterProvider;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Person;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** Runs the analysis engine that the provider describes on a JCas, after the segmenter, outside OSGi. */
class PeopleAnnotatorProviderTest {

    static PeopleAnnotatorProvider.Config defaults() {
        return new PeopleAnnotatorProvider.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PeopleAnnotatorProvider.Config.class;
            }

            @Override
            public double minConfidence() {
                return 0.5;
            }
        };
    }

    @Test
    void findsNothingWithoutTheSegmentersTokens() throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(new PeopleAnnotatorProvider(defaults()).description());
        JCas jcas = JCasFactory.createJCas(ConcordTypeSystem.description());
        jcas.setDocumentText("German Chancellor Olaf Scholz met the Kremlin’s envoy in Berlin.");
        engine.process(jcas);
        assertEquals(0, jcas.select(Person.class).count());
    }

    @Test
    void annotatesPeopleWithCanonicalNameRoleAndConfidence() throws Exception {
        PeopleAnnotatorProvider provider = new PeopleAnnotatorProvider(defaults());
        assertEquals("people", provider.id());
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(provider.description());
        JCas jcas = JCasFactory.createJCas(ConcordTypeSystem.description());
        jcas.setDocumentText("German Chancellor Olaf Scholz met the Kremlin’s envoy in Berlin. Scholz’s office said little.");
        AnalysisEngineFactory.createEngine(new SegmenterProvider().description()).process(jcas);
        engine.process(jcas);
        List<Person> people = jcas.select(Person.class).asList();
        assertEquals(List.of("Olaf Scholz", "Scholz"), people.stream().map(Person::getCoveredText).toList());
        assertEquals(List.of("Olaf Scholz", "Olaf Scholz"), people.stream().map(Person::getCanonical).toList());
        assertEquals("German Chancellor", people.get(0).getRole());
        people.forEach(p -> assertTrue(p.getConfidence() >= 0.5 && p.getConfidence() <= 1));
    }
}
