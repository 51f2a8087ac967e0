package io.concord.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.TextSegments;
import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.DocumentMetadata;
import io.concord.types.Figure;
import io.concord.types.Person;
import io.concord.types.Sentence;
import io.concord.types.Token;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;

class DocumentRecordsTest {
    private static JCas jcas(String text) throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText(text);
        DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
        meta.setDocumentId("doc-1");
        meta.addToIndexes();
        return jcas;
    }

    @Test
    void mapsFeaturesToExchangeFieldsWithCoveredText() throws Exception {
        JCas jcas = jcas("Putin said €90bn was due on Thursday.");
        Person p = new Person(jcas, 0, 5);
        p.setCanonical("Vladimir Putin");
        p.setAnnotator("people");
        p.setConfidence(0.9);
        p.addToIndexes();
        Figure money = new Figure(jcas, 11, 16);
        money.setKind("money");
        money.setValue(9.0e10);
        money.setUnit("EUR");
        money.addToIndexes();
        Figure date = new Figure(jcas, 28, 36);
        date.setKind("date");
        date.setTimex("XXXX-WXX-4");
        date.addToIndexes();

        DocumentRecord doc = DocumentRecords.of(jcas, List.of());

        assertEquals("doc-1", doc.id());
        AnnotationRecord person = doc.annotations("person").get(0);
        assertEquals("Putin", person.text());
        assertEquals("Vladimir Putin", person.string("canonical"));
        assertEquals("people", person.string("annotator"));
        assertNull(person.string("role"));
        AnnotationRecord euros = doc.annotations("figure").get(0);
        assertEquals(90000000000L, euros.attributes().get("value"));
        assertEquals("exact", euros.string("qualifier"));
        assertFalse(euros.attributes().containsKey("normalizedValue"));
        assertEquals("XXXX-WXX-4", doc.annotations("figure").get(1).attributes().get("value"));
    }

    @Test
    void aRecordCarriesTheSegmentersTokensAndSentencesWhenTheCasHasThem() throws Exception {
        JCas jcas = jcas("Rain fell. It stopped.");
        assertNull(DocumentRecords.of(jcas, List.of()).segments());
        for (int[] t : new int[][] {{0, 4}, {5, 9}, {9, 10}, {11, 13}, {14, 21}, {21, 22}}) {
            Token token = new Token(jcas, t[0], t[1]);
            token.setShape(Word.shapeOf(jcas.getDocumentText().substring(t[0], t[1])));
            token.addToIndexes();
        }
        new Sentence(jcas, 0, 10).addToIndexes();
        new Sentence(jcas, 11, 22).addToIndexes();

        TextSegments segments = DocumentRecords.of(jcas, List.of()).segments();

        assertArrayEquals(new int[] {0, 4, 5, 9, 9, 10, 11, 13, 14, 21, 21, 22}, segments.tokens());
        assertArrayEquals(new int[] {0, 10, 11, 22}, segments.sentences());
        assertEquals(Segmentation.of(jcas).words(), Segmentation.of(jcas.getDocumentText(), segments).words());
    }

    @Test
    void fillIsTheInverseOfOf() throws Exception {
        JCas original = jcas("Putin said €90bn was due on Thursday.");
        Person p = new Person(original, 0, 5);
        p.setCanonical("Vladimir Putin");
        p.setStatus("corrected");
        p.addToIndexes();
        Figure money = new Figure(original, 11, 16);
        money.setKind("money");
        money.setValue(9.0e10);
        money.setUnit("EUR");
        money.addToIndexes();
        Figure date = new Figure(original, 28, 36);
        date.setKind("date");
        date.setTimex("XXXX-WXX-4");
        date.addToIndexes();
        DocumentRecord before = DocumentRecords.of(original, List.of());

        JCas copy = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        DocumentRecords.fill(copy, before);
        DocumentRecord after = DocumentRecords.of(copy, List.of());

        assertEquals(before, after);
        assertEquals("corrected", after.annotations("person").get(0).string("status"));
    }

    @Test
    void fillLeavesOutWhatTheTypeSystemCannotHold() throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        DocumentRecords.fill(jcas, new DocumentRecord("d", "Hello Ann", List.of(
                new AnnotationRecord("organisation", 0, 5, "Hello", java.util.Map.of()),
                new AnnotationRecord("person", 6, 9, "Ann", java.util.Map.of("canonical", "Ann", "shoeSize", 9)),
                new AnnotationRecord("person", 6, 99, "?", java.util.Map.of())), List.of()));

        DocumentRecord back = DocumentRecords.of(jcas, List.of());
        assertEquals(1, back.annotations().size());
        assertEquals("Ann", back.annotations().get(0).string("canonical"));
    }

    @Test
    void carriesAThirdPartyFeatureWhoseNameIsPartOfABaseFeatureName() throws Exception {
        TypeSystemDescription types = CasCreationUtils.mergeTypeSystems(List.of(ConcordTypeSystem.description()));
        TypeDescription organisation = types.addType("org.example.Organisation", "", "io.concord.types.ConcordAnnotation");
        organisation.addFeature("in", "", CAS.TYPE_NAME_STRING);
        organisation.addFeature("so", "", CAS.TYPE_NAME_STRING);
        CAS cas = CasCreationUtils.createCas(types, null, null, null);
        cas.setDocumentText("Acme in Ohio");
        Type type = cas.getTypeSystem().getType("org.example.Organisation");
        AnnotationFS acme = cas.createAnnotation(type, 0, 4);
        acme.setStringValue(type.getFeatureByBaseName("in"), "Ohio");
        acme.setStringValue(type.getFeatureByBaseName("so"), "registry");
        cas.addFsToIndexes(acme);

        AnnotationRecord record = DocumentRecords.of(cas.getJCas(), List.of()).annotations("organisation").get(0);

        assertEquals("Ohio", record.string("in"));
        assertEquals("registry", record.string("so"));
        assertFalse(record.attributes().containsKey("begin"));
        assertFalse(record.attributes().containsKey("sofa"));
    }
}
