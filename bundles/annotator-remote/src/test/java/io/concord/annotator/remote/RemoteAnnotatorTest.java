package io.concord.annotator.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.DocumentMetadata;
import io.concord.types.Person;
import io.concord.types.Place;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.analysis_engine.TypeOrFeature;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.Capability;
import org.junit.jupiter.api.Test;

/** The provider's description and the annotator, end to end against a local endpoint, outside OSGi. */
class RemoteAnnotatorTest {
    private static final String TEXT = "Olaf Scholz met Emmanuel Macron in Paris.";

    @Test
    void declaresItsConfiguredTypesAsCapabilities() throws Exception {
        RemoteAnnotatorProvider p = provider("http://127.0.0.1:1/annotate", "needs", "person");
        Capability c = p.description().getAnalysisEngineMetaData().getCapabilities()[0];

        assertEquals(List.of("io.concord.types.Person"), names(c.getInputs()));
        assertEquals(List.of("io.concord.types.Place"), names(c.getOutputs()));
        assertEquals("capitals", p.id());
    }

    @Test
    void sendsTheNeededAnnotationsAndAddsTheAnswer() throws Exception {
        String answer = "{\"annotations\": [{\"type\": \"place\", \"begin\": 35, \"end\": 40, \"canonical\": \"Paris\", \"kind\": \"city\", \"confidence\": 0.8}]}";
        try (FakeEndpoint ep = new FakeEndpoint(n -> new FakeEndpoint.Answer(200, answer, 0))) {
            RemoteAnnotatorProvider p = provider(ep.url().toString(), "needs", "person");
            AnalysisEngine ae = AnalysisEngineFactory.createEngine(p.description());
            JCas jcas = document();

            ae.process(jcas);

            JsonObject sent = JsonParser.parseString(ep.requests.get(0)).getAsJsonObject();
            assertEquals("concord.remote/1", sent.get("schema").getAsString());
            assertEquals("doc-1", sent.getAsJsonObject("document").get("id").getAsString());
            assertEquals(TEXT, sent.getAsJsonObject("document").get("text").getAsString());
            assertEquals(1, sent.getAsJsonArray("annotations").size());
            JsonObject person = sent.getAsJsonArray("annotations").get(0).getAsJsonObject();
            assertEquals("person", person.get("type").getAsString());
            assertEquals("Olaf Scholz", person.get("text").getAsString());
            assertEquals("Olaf Scholz", person.get("canonical").getAsString());

            List<Place> places = jcas.select(Place.class).asList();
            assertEquals(1, places.size());
            Place paris = places.get(0);
            assertEquals("Paris", paris.getCoveredText());
            assertEquals("Paris", paris.getCanonical());
            assertEquals("city", paris.getKind());
            assertEquals(0.8, paris.getConfidence());
            assertEquals(null, paris.getAnnotator(), "the engine stamps the annotator's id");
            p.deactivate();
        }
    }

    @Test
    void failsTheDocumentWithTheReasonAndAddsNothing() throws Exception {
        String lie = "{\"annotations\": [{\"type\": \"place\", \"begin\": 35, \"end\": 40}, {\"type\": \"place\", \"begin\": 38, \"end\": 99}]}";
        try (FakeEndpoint ep = new FakeEndpoint(n -> new FakeEndpoint.Answer(200, lie, 0))) {
            AnalysisEngine ae = AnalysisEngineFactory.createEngine(provider(ep.url().toString()).description());
            JCas jcas = document();

            AnalysisEngineProcessException e = assertThrows(AnalysisEngineProcessException.class, () -> ae.process(jcas));

            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertTrue(root instanceof RemoteFailure, root.toString());
            assertTrue(root.getMessage().contains("response annotation 1 (place 38-99) is out of range"), root.getMessage());
            assertEquals(0, jcas.select(Place.class).count());
        }
    }

    @Test
    void pausesAfterFailuresInARow() throws Exception {
        try (FakeEndpoint ep = new FakeEndpoint(n -> new FakeEndpoint.Answer(500, "down", 0))) {
            AnalysisEngine ae = AnalysisEngineFactory.createEngine(provider(ep.url().toString(), "retries", "0",
                    "failuresBeforePause", "2", "pauseMillis", "60000").description());
            for (int i = 0; i < 4; i++) {
                JCas jcas = document();
                assertThrows(AnalysisEngineProcessException.class, () -> ae.process(jcas));
            }
            assertEquals(2, ep.calls.get(), "the third and fourth documents fail without a call");
        }
    }

    @Test
    void aBadConfigurationKeepsTheAnnotatorWithItsReason() throws Exception {
        RemoteAnnotatorProvider p = provider("http://127.0.0.1:1/", "produces", "organisation");

        ResourceInitializationException e = assertThrows(ResourceInitializationException.class, p::description);
        assertEquals("capitals", p.id());
        assertTrue(e.getCause().getMessage().contains("io.concord.annotator.remote-capitals.cfg: produces names 'organisation'"),
                e.getCause().getMessage());
    }

    private static RemoteAnnotatorProvider provider(String url, String... more) throws Exception {
        String[] kv = new String[4 + more.length];
        kv[0] = "url";
        kv[1] = url;
        kv[2] = "produces";
        kv[3] = "place";
        System.arraycopy(more, 0, kv, 4, more.length);
        return new RemoteAnnotatorProvider(Configs.of(kv),
                Map.of("felix.fileinstall.filename", "file:/concord/conf/io.concord.annotator.remote-capitals.cfg"));
    }

    private static JCas document() throws Exception {
        JCas jcas = JCasFactory.createJCas(ConcordTypeSystem.description());
        jcas.setDocumentText(TEXT);
        DocumentMetadata meta = new DocumentMetadata(jcas, 0, TEXT.length());
        meta.setDocumentId("doc-1");
        meta.addToIndexes();
        Person scholz = new Person(jcas, 0, 11);
        scholz.setCanonical("Olaf Scholz");
        scholz.setAnnotator("people");
        scholz.addToIndexes();
        return jcas;
    }

    private static List<String> names(TypeOrFeature[] tfs) {
        return Arrays.stream(tfs).map(TypeOrFeature::getName).toList();
    }
}
