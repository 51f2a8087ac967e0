package com.example.concord.orgs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;
import io.concord.types.Sentence;
import io.concord.types.Token;
import org.apache.uima.cas.Type;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;

/** The annotator in a CAS made from Concord's types merged with this bundle's, as Concord's engine makes it. */
class OrganisationAnnotatorTest {
    @Test
    void writesOrganisationsOfItsOwnType() throws Exception {
        String text = "The International Monetary Fund (IMF) cut its forecast. The IMF said growth would slow.";
        JCas jcas = CasCreationUtils.createCas(OrganisationTypes.withConcordTypes(), null, null).getJCas();
        jcas.setDocumentText(text);
        Segmentation s = OrganisationRecogniserTest.segmented(text);
        for (Word w : s.words()) {
            Token t = new Token(jcas, w.begin(), w.end());
            t.setShape(w.shape());
            t.addToIndexes();
        }
        for (int i = 0; i < s.sentenceCount(); i++) {
            new Sentence(jcas, s.sentenceBegin(i), s.sentenceEnd(i)).addToIndexes();
        }

        AnalysisEngineFactory.createEngine(AnalysisEngineFactory.createEngineDescription(OrganisationAnnotator.class,
                OrganisationTypes.withConcordTypes())).process(jcas);

        Type type = jcas.getTypeSystem().getType(OrganisationTypes.ORGANISATION);
        List<String> found = jcas.getAnnotationIndex(type).stream().map(a -> a.getCoveredText() + "/"
                + a.getStringValue(type.getFeatureByBaseName("canonical")) + "/"
                + a.getDoubleValue(type.getFeatureByBaseName("confidence"))).toList();
        assertEquals(List.of("International Monetary Fund/International Monetary Fund/0.8",
                "IMF/International Monetary Fund/0.8"), found);
    }
}
