package io.concord.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.types.ConcordTypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class XmiDocumentsTest {
    private static final String TEXT = "Maria Lopez said floods hit Valencia, the Red Cross reported.";

    /** As INCEpTION exports a curated document: DKPro types, of which Concord knows only NamedEntity. */
    private static final String CURATED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore"
                xmlns:type="http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore"
                xmlns:type2="http:///de/tudarmstadt/ukp/dkpro/core/api/metadata/type.ecore"
                xmlns:type3="http:///de/tudarmstadt/ukp/dkpro/core/api/segmentation/type.ecore"
                xmlns:custom="http:///webanno/custom.ecore" xmi:version="2.0">
              <cas:NULL xmi:id="0"/>
              <type2:DocumentMetaData xmi:id="1" sofa="9" begin="0" end="61" language="en" documentTitle="floods.txt"
                  documentId="floods.txt" isLastSegment="false"/>
              <type3:Token xmi:id="2" sofa="9" begin="0" end="5"/>
              <type:NamedEntity xmi:id="3" sofa="9" begin="0" end="11" value="PER"/>
              <type:NamedEntity xmi:id="4" sofa="9" begin="28" end="36" value="LOC" identifier="http://www.wikidata.org/entity/Q8818"/>
              <type:NamedEntity xmi:id="5" sofa="9" begin="42" end="51" value="ORG"/>
              <type:NamedEntity xmi:id="6" sofa="9" begin="17" end="23"/>
              <custom:Stance xmi:id="7" sofa="9" begin="0" end="61" polarity="neutral"/>
              <cas:Sofa xmi:id="9" sofaNum="1" sofaID="_InitialView" mimeType="text"
                  sofaString="Maria Lopez said floods hit Valencia, the Red Cross reported."/>
              <cas:View sofa="9" members="1 2 3 4 5 6 7"/>
            </xmi:XMI>
            """;

    private final XmiDocuments reader = new XmiDocuments(ConcordTypeSystem.description());

    XmiDocumentsTest() throws Exception {
    }

    @Test
    void aCuratedDocumentsNamedEntitiesArePeopleAndPlacesAndTheRestIsPassedOver() throws Exception {
        DocumentRecord record = reader.read("floods", stream(CURATED));

        assertEquals(TEXT, record.text());
        assertEquals("floods", record.id());
        assertEquals(List.of("person 0-11 Maria Lopez xmi-input accepted", "place 28-36 Valencia xmi-input accepted"),
                record.annotations().stream().map(a -> a.type() + " " + a.begin() + "-" + a.end() + " " + a.text() + " "
                        + a.string("annotator") + " " + a.string("status")).toList(), "ORG and a NamedEntity without value left out");
    }

    @Test
    void concordsOwnXmiReadsBackAsWritten() throws Exception {
        Map<String, Object> person = new LinkedHashMap<>(Map.of("canonical", "Maria Lopez", "annotator", "people"));
        Map<String, Object> quote = new LinkedHashMap<>(Map.of("speaker", "Maria Lopez", "status", "corrected"));
        DocumentRecord written = new DocumentRecord("floods", TEXT, List.of(
                new AnnotationRecord("person", 0, 11, "Maria Lopez", person),
                new AnnotationRecord("quote", 17, 36, TEXT.substring(17, 36), quote)), List.of());
        CasPool pool = new CasPool(1, ConcordTypeSystem.description());
        JCas jcas = pool.take();
        ByteArrayOutputStream xmi = new ByteArrayOutputStream();
        DocumentRecords.fill(jcas, written);
        XmiCasSerializer.serialize(jcas.getCas(), xmi);

        DocumentRecord read = reader.read("floods", new ByteArrayInputStream(xmi.toByteArray()));

        assertEquals(TEXT, read.text());
        assertEquals(List.of("person", "quote"), read.annotations().stream().map(AnnotationRecord::type).toList());
        assertEquals("people", read.annotations().get(0).string("annotator"));
        assertEquals("Maria Lopez", read.annotations().get(1).string("speaker"));
        assertEquals("corrected", read.annotations().get(1).string("status"));
    }

    @Test
    void whatIsNoXmiOrHasNoTextIsRefusedWithAReason() throws Exception {
        IOException notXml = assertThrows(IOException.class, () -> reader.read("x", stream("Maria Lopez said")));
        assertTrue(notXml.getMessage().startsWith("not UIMA XMI: "), notXml.getMessage());
        IOException noText = assertThrows(IOException.class, () -> reader.read("x", stream("""
                <xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" xmi:version="2.0">
                  <cas:NULL xmi:id="0"/>
                </xmi:XMI>""")));
        assertEquals("a UIMA XMI file without a text (no sofa string in its initial view)", noText.getMessage());
        // the reader is usable after a refusal: its CAS was not lost
        assertEquals(TEXT, reader.read("floods", stream(CURATED)).text());
        assertEquals(TEXT, reader.read("floods", stream(CURATED)).text());
        assertEquals(TEXT, reader.read("floods", stream(CURATED)).text());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
