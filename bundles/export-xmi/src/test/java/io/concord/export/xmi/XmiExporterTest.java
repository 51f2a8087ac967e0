package io.concord.export.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import io.concord.api.AnnotatedDocument;
import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Person;
import io.concord.types.Quote;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

class XmiExporterTest {
    @Test
    void roundTripsAnnotationsThroughXmiAndTheWrittenTypeSystem() throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText("“We will not yield,” Sybhia said.");
        Person p = new Person(jcas, 21, 27);
        p.setCanonical("Andrii Sybhia");
        p.addToIndexes();
        Quote q = new Quote(jcas, 1, 18);
        q.setSpeaker("Andrii Sybhia");
        q.setSpeakerMention(p);
        q.addToIndexes();
        XmiExporter exporter = new XmiExporter();

        ByteArrayOutputStream xmi = new ByteArrayOutputStream();
        exporter.writeDocument(doc(jcas), xmi);
        ByteArrayOutputStream typeSystem = new ByteArrayOutputStream();
        exporter.writeCollection(null, typeSystem);

        TypeSystemDescription tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(new ByteArrayInputStream(typeSystem.toByteArray()), null));
        JCas read = CasCreationUtils.createCas(tsd, null, null).getJCas();
        XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi.toByteArray()), read.getCas());
        Quote back = read.select(Quote.class).single();
        assertEquals("We will not yield", back.getCoveredText());
        assertEquals("Sybhia", back.getSpeakerMention().getCoveredText());
        assertEquals("Andrii Sybhia", read.select(Person.class).single().getCanonical());
    }

    @Test
    void writesTextWithControlCharactersThatXml10CannotHold() throws Exception {
        String text = "Line one.\u0001 The minister \u001b[1msaid\u000b 40.";
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText(text);
        Person p = new Person(jcas, 15, 23);
        p.addToIndexes();
        ByteArrayOutputStream xmi = new ByteArrayOutputStream();

        new XmiExporter().writeDocument(doc(jcas), xmi);

        JCas read = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        XmiCasDeserializer.deserialize(new ByteArrayInputStream(xmi.toByteArray()), read.getCas());
        assertEquals(text, read.getDocumentText());
        assertEquals("minister", read.select(Person.class).single().getCoveredText());
    }

    private static AnnotatedDocument doc(JCas jcas) {
        return new AnnotatedDocument() {
            public String id() { return "d"; }
            public JCas jcas() { return jcas; }
            public DocumentRecord record() { return DocumentRecords.of(jcas, List.of()); }
            public List<AnnotatorOutcome> outcomes() { return List.of(); }
        };
    }
}
