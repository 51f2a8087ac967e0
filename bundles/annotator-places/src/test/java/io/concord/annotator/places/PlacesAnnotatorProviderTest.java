package io.concord.annotator.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.util.List;

import io.concord.annotator.segmenter.SegmenterProvider;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Place;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/** Runs the analysis engine that the provider describes on a JCas, outside OSGi. */
class PlacesAnnotatorProviderTest {

    static PlacesAnnotatorProvider.Config defaults() {
        return new PlacesAnnotatorProvider.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PlacesAnnotatorProvider.Config.class;
            }

            @Override
            public int minPopulation() {
                return 15000;
            }

            @Override
            public double minConfidence() {
                return 0.5;
            }
        };
    }

    @Test
    void annotatesPlacesWithCanonicalNameKindAndConfidence() throws Exception {
        PlacesAnnotatorProvider provider = new PlacesAnnotatorProvider(defaults());
        assertEquals("places", provider.id());
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(provider.description());
        JCas jcas = JCasFactory.createJCas(ConcordTypeSystem.description());
        jcas.setDocumentText("Officials in Kiev said the U.S. would send ships to the Black Sea, the Kremlin said.");
        AnalysisEngineFactory.createEngine(new SegmenterProvider().description()).process(jcas);
        engine.process(jcas);
        List<Place> places = jcas.select(Place.class).asList();
        assertEquals(List.of("Kiev", "U.S.", "Black Sea"), places.stream().map(Place::getCoveredText).toList());
        assertEquals(List.of("Kyiv", "United States", "Black Sea"), places.stream().map(Place::getCanonical).toList());
        assertEquals(List.of("city", "country", "water"), places.stream().map(Place::getKind).toList());
        places.forEach(p -> assertEquals(true, p.getConfidence() >= 0.5 && p.getConfidence() <= 1));
    }
}
