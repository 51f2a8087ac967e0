package com.example.concord.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.concord.types.ConcordTypeSystem;
import io.concord.types.Person;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;

class ConfidenceFloorAnnotatorTest {
    @Test
    void removesOnlyAnnotationsBelowTheFloor() throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText("Smith met Jones.");
        Person sure = new Person(jcas, 0, 5);
        sure.setConfidence(0.9);
        sure.addToIndexes();
        Person unsure = new Person(jcas, 10, 15);
        unsure.setConfidence(0.3);
        unsure.addToIndexes();

        AnalysisEngineFactory.createEngine(AnalysisEngineFactory.createEngineDescription(ConfidenceFloorAnnotator.class,
                ConcordTypeSystem.description(), ConfidenceFloorAnnotator.PARAM_FLOOR, 0.5)).process(jcas);

        assertEquals("Smith", jcas.select(Person.class).single().getCoveredText());
    }
}
