package io.concord.export.json.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.PersonIdentity;
import org.junit.jupiter.api.Test;

class ConcordJsonTest {
    @Test
    void writesAnnotationsInExchangeFormatWithNullUnit() throws Exception {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("kind", "count");
        attrs.put("value", 19000L);
        attrs.put("unit", null);
        attrs.put("qualifier", "over");
        DocumentRecord doc = new DocumentRecord("d1", "over 19,000 children",
                List.of(new AnnotationRecord("figure", 5, 11, "19,000", attrs)), List.of());
        StringWriter out = new StringWriter();
        ConcordJson.writeDocument(doc, out);

        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("concord.annotations/1", root.get("schema").getAsString());
        assertEquals(20, root.getAsJsonObject("document").get("length").getAsInt());
        JsonObject fig = root.getAsJsonArray("annotations").get(0).getAsJsonObject();
        assertEquals("19,000", fig.get("text").getAsString());
        assertEquals(19000, fig.get("value").getAsLong());
        assertTrue(fig.has("unit") && fig.get("unit").isJsonNull());
    }

    @Test
    void writesConflictClaimsWithVersions() throws Exception {
        Conflict c = new Conflict("quote", "words differ", "medium", false,
                List.of(new Claim("a", 1, 5, "end", "A"), new Claim("b", 2, 7, "cease", "B")), Map.of());
        StringWriter out = new StringWriter();
        ConcordJson.writeConflicts(new ConflictReport(List.of(c), List.of(), List.of()), out);

        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("concord.conflicts/1", root.get("schema").getAsString());
        JsonObject claim = root.getAsJsonArray("conflicts").get(0).getAsJsonObject().getAsJsonArray("claims").get(1).getAsJsonObject();
        assertEquals("B", claim.get("version").getAsString());
        assertEquals("b", claim.get("document").getAsString());
    }

    @Test
    void writesThePeopleOfTheCollection() throws Exception {
        PersonIdentity p = new PersonIdentity("p1", "Ana Ruiz", List.of("Ana Ruiz", "Ruiz"), List.of(
                new PersonIdentity.Mention("a", 0, 8, "Ana Ruiz"), new PersonIdentity.Mention("b", 4, 8, "Ruiz")));
        StringWriter out = new StringWriter();
        ConcordJson.writeConflicts(new ConflictReport(List.of(), List.of(), List.of(), List.of(p)), out);

        JsonObject person = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("people").get(0)
                .getAsJsonObject();
        assertEquals("p1", person.get("id").getAsString());
        assertEquals("Ana Ruiz", person.get("canonical").getAsString());
        JsonObject mention = person.getAsJsonArray("mentions").get(1).getAsJsonObject();
        assertEquals("b", mention.get("document").getAsString());
        assertEquals(4, mention.get("begin").getAsInt());
        assertEquals("Ruiz", mention.get("text").getAsString());
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("kind", "money");
        figure.put("value", 2.5e9);
        figure.put("unit", "USD");
        figure.put("qualifier", null);
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("speaker", "Ana Ruiz");
        quote.put("count", 3L);
        String text = "Ruiz said “we need $2.5bn” 😀.";
        DocumentRecord doc = new DocumentRecord("d1", text, List.of(
                new AnnotationRecord("figure", 17, 23, "$2.5bn", figure),
                new AnnotationRecord("quote", 11, 23, "we need $2.5bn", quote)),
                List.of(new io.concord.api.model.AnnotatorOutcome("quotes", "1.0", io.concord.api.model.AnnotatorOutcome.Status.OK, null, 4)));
        StringWriter first = new StringWriter();
        ConcordJson.writeDocument(doc, first);
        DocumentRecord back = ConcordJson.readDocument(new java.io.StringReader(first.toString()), text);
        assertEquals(doc, back);
        StringWriter second = new StringWriter();
        ConcordJson.writeDocument(back, second);
        assertEquals(first.toString(), second.toString());
    }

    @Test
    void refusesAFileOfAnotherFormatOrText() {
        for (String json : new String[]{"[1, 2]", "{\"schema\": \"concord.conflicts/1\"}", "not json {",
                "{\"schema\": \"concord.annotations/1\", \"document\": {\"id\": \"d\", \"length\": 99}, \"annotations\": []}"}) {
            org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> ConcordJson.readDocument(new java.io.StringReader(json), "short text"), json);
        }
    }
    @Test
    void streamsTheSameFileAsTheWholeDocumentWrittenAtOnce() throws Exception {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("kind", "count");
        figure.put("value", 19000L);
        figure.put("unit", null);
        figure.put("range", List.of(5L, 7.5));
        figure.put("details", Map.of("hedge", "over"));
        DocumentRecord doc = new DocumentRecord("d1", "over 19,000 children \"left\"",
                List.of(new AnnotationRecord("figure", 5, 11, "19,000", figure),
                        new AnnotationRecord("quote", 22, 26, "left", Map.of("speaker", "Ana Ruiz"))),
                List.of(new io.concord.api.model.AnnotatorOutcome("figures", "1.0", 
                        io.concord.api.model.AnnotatorOutcome.Status.OK, null, 3)));
        StringWriter streamed = new StringWriter();
        ConcordJson.writeDocument(doc, streamed);

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", "d1");
        document.put("length", doc.text().length());
        document.put("offsets", "utf16");
        document.put("sha256", ConcordJson.sha256(doc.text()));
        List<Map<String, Object>> annotations = new java.util.ArrayList<>();
        for (AnnotationRecord a : doc.annotations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", a.type());
            m.put("begin", a.begin());
            m.put("end", a.end());
            m.put("text", a.text());
            m.putAll(a.attributes());
            annotations.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "concord.annotations/1");
        root.put("document", document);
        root.put("annotations", annotations);
        root.put("annotators", doc.outcomes());
        String whole = new com.google.gson.GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
                .create().toJson(root);
        assertEquals(whole, streamed.toString());
    }
}
