package io.concord.export.webannotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.concord.api.AnnotatedDocument;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAnnotationExporterTest {
    /** An emoji and a mathematical letter (two UTF-16 units, one code point each) before the annotations, CRLF line ends, a quote over two lines. */
    private static final String NEWS = "Ferry service resumes 🚢 on the 𝔸2 route\r\n\r\n"
            + "Ships left Piraeus on Monday, said port chief Eleni Varga.\r\n"
            + "“We lost 40 sailings,\r\nbut not one passenger,” Varga said.\r\n";

    /**
     * The keys each kind of object may use, from the W3C context (http://www.w3.org/ns/anno.jsonld), and in
     * capitals those the model requires of it (https://www.w3.org/TR/annotation-model/): an Annotation MUST
     * have an id, a type and a target; a Collection an id and a type; a Page an id, a type and items; a
     * Specific Resource a source; a TextualBody a value; the two selectors a type with start and end, or exact.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "AnnotationCollection", Set.of("@context", "ID", "TYPE", "label", "total", "first", "last", "creator",
                    "created", "modified", "generator", "generated"),
            "AnnotationPage", Set.of("ID", "TYPE", "ITEMS", "partOf", "next", "prev", "startIndex"),
            "Annotation", Set.of("ID", "TYPE", "TARGET", "body", "bodyValue", "motivation", "creator", "created",
                    "modified", "generator", "generated", "audience", "rights", "canonical", "via", "stylesheet"),
            "SpecificResource", Set.of("id", "type", "SOURCE", "selector", "state", "purpose", "styleClass",
                    "renderedVia", "scope"),
            "TextPositionSelector", Set.of("TYPE", "START", "END", "refinedBy"),
            "TextQuoteSelector", Set.of("TYPE", "EXACT", "prefix", "suffix", "refinedBy"),
            "TextualBody", Set.of("id", "type", "VALUE", "purpose", "format", "language", "processingLanguage",
                    "textDirection", "creator", "created", "modified"),
            "Software", Set.of("id", "type", "name", "nickname", "email", "email_sha1", "homepage"));

    @Test
    void slicesEveryPositionSelectorByCodePointsToItsQuoteSelector() throws IOException {
        DocumentRecord record = record(NEWS,
                "place=Piraeus", attrs("kind", "city", "canonical", "Piraeus", "annotator", "places", "annotatorVersion", "1.2.0"),
                "figure=Monday", attrs("kind", "date", "value", "XXXX-WXX-1", "unit", null, "qualifier", "exact"),
                "person=Eleni Varga", attrs("canonical", "Eleni Varga", "role", "port chief"),
                "quote=We lost 40 sailings,\r\nbut not one passenger,", attrs("speaker", "Eleni Varga", "cue", "said"),
                "figure=40", attrs("kind", "count", "value", 40L, "unit", null, "qualifier", "exact"),
                "person=Varga#2", attrs("canonical", "Eleni Varga"));

        JsonObject root = JsonParser.parseString(write(record)).getAsJsonObject();
        JsonArray items = root.getAsJsonObject("first").getAsJsonArray("items");
        int[] codePoints = NEWS.codePoints().toArray();

        assertEquals(record.annotations().size(), items.size());
        assertEquals(record.annotations().size(), root.get("total").getAsInt());
        for (int i = 0; i < items.size(); i++) {
            AnnotationRecord a = record.annotations().get(i);
            JsonObject target = items.get(i).getAsJsonObject().getAsJsonObject("target");
            JsonObject position = selector(target, "TextPositionSelector");
            JsonObject quote = selector(target, "TextQuoteSelector");
            int start = position.get("start").getAsInt();
            int end = position.get("end").getAsInt();
            String exact = quote.get("exact").getAsString();
            assertEquals(exact, new String(codePoints, start, end - start), a.type() + " " + a.text());
            assertEquals(a.text(), exact);
            // the emoji and the 𝔸 come before every annotation: two code points fewer than UTF-16 units
            assertEquals(a.begin() - 2, start, a.text());
            String prefix = quote.get("prefix").getAsString();
            int p = prefix.codePointCount(0, prefix.length());
            assertEquals(Math.min(32, start), p);
            assertEquals(prefix, new String(codePoints, start - p, p));
            String suffix = quote.get("suffix").getAsString();
            int s = suffix.codePointCount(0, suffix.length());
            assertEquals(Math.min(32, codePoints.length - end), s);
            assertEquals(suffix, new String(codePoints, end, s));
            assertEquals("urn:concord:doc:d", target.get("source").getAsString());
        }
    }

    @Test
    void usesOnlyTheW3cVocabularyAndEveryKeyTheModelRequires() throws IOException {
        DocumentRecord record = record(NEWS,
                "place=Piraeus", attrs("kind", "city", "canonical", "Piraeus", "annotator", "places", "annotatorVersion", "1.2.0"),
                "figure=40", attrs("kind", "count", "value", 40L, "unit", null, "confidence", 0.9),
                "quote=We lost 40 sailings,\r\nbut not one passenger,", attrs());
        JsonObject root = JsonParser.parseString(write(record)).getAsJsonObject();

        assertEquals("http://www.w3.org/ns/anno.jsonld", root.get("@context").getAsString());
        List<String> seen = new ArrayList<>();
        check(root, seen);
        assertTrue(seen.containsAll(ALLOWED.keySet()), "every kind of object is checked: " + seen);
    }

    /** Checks an object with a {@code type} against its row of {@link #ALLOWED}, and everything inside it. */
    private static void check(JsonElement e, List<String> seen) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> check(x, seen));
            return;
        }
        if (!e.isJsonObject()) {
            return;
        }
        JsonObject o = e.getAsJsonObject();
        String type = o.has("type") ? o.get("type").getAsString() : o.has("source") ? "SpecificResource" : null;
        assertNotNull(type, "an object without a type: " + o);
        Set<String> row = ALLOWED.get(type);
        assertNotNull(row, "a type outside the table: " + type);
        seen.add(type);
        for (String key : o.keySet()) {
            assertTrue(row.contains(key) || row.contains(key.toUpperCase()), type + " with the key " + key);
        }
        for (String key : row) {
            if (key.equals(key.toUpperCase())) {
                assertTrue(o.has(key.toLowerCase()), type + " without " + key.toLowerCase());
            }
        }
        for (String key : List.of("id", "source")) {
            if (o.has(key) && o.get(key).isJsonPrimitive()) {
                assertTrue(o.get(key).getAsString().matches("[a-z][a-z0-9+.-]*:\\S+"), key + " not an IRI: " + o.get(key));
            }
        }
        o.entrySet().forEach(entry -> check(entry.getValue(), seen));
    }

    @Test
    void classifiesByTypeIdentifiesByCanonicalNameAndDescribesTheRestAsJson() throws IOException {
        DocumentRecord record = record("Fares rose 5% in Oia.",
                "figure=5%", attrs("kind", "percent", "value", 5L, "unit", "%", "qualifier", "exact",
                        "annotator", "figures", "annotatorVersion", "0.3.1", "confidence", 0.75),
                "place=Oia", attrs("kind", "city", "canonical", "Oia"),
                "vessel=Fares", attrs());
        JsonArray items = JsonParser.parseString(write(record)).getAsJsonObject()
                .getAsJsonObject("first").getAsJsonArray("items");

        JsonObject figure = items.get(1).getAsJsonObject();
        assertEquals("classifying", figure.get("motivation").getAsString());
        JsonArray bodies = figure.getAsJsonArray("body");
        assertEquals(2, bodies.size(), "no canonical name, no identifying body");
        assertEquals("{\"type\":\"TextualBody\",\"purpose\":\"classifying\",\"value\":\"figure\",\"format\":\"text/plain\"}",
                bodies.get(0).toString());
        JsonObject describing = bodies.get(1).getAsJsonObject();
        assertEquals("describing", describing.get("purpose").getAsString());
        assertEquals("application/json", describing.get("format").getAsString());
        assertEquals("{\"kind\":\"percent\",\"value\":5,\"unit\":\"%\",\"qualifier\":\"exact\",\"confidence\":0.75}",
                describing.get("value").getAsString(), "attributes as the JSON export writes them, without provenance");
        assertEquals("{\"id\":\"urn:concord:annotator:figures:0.3.1\",\"type\":\"Software\",\"name\":\"figures 0.3.1\",\"nickname\":\"figures\"}",
                figure.get("creator").toString());

        JsonArray place = items.get(2).getAsJsonObject().getAsJsonArray("body");
        assertEquals("identifying", place.get(1).getAsJsonObject().get("purpose").getAsString());
        assertEquals("Oia", place.get(1).getAsJsonObject().get("value").getAsString());
        JsonObject vessel = items.get(0).getAsJsonObject();
        assertEquals(1, vessel.getAsJsonArray("body").size(), "no attributes, only the type");
        assertFalse(vessel.has("creator"), "no annotator known, no creator");
        assertEquals("urn:concord:doc:d:annotation:1", vessel.get("id").getAsString());
    }

    /** {@code _} stands for an emoji (U+1F6A2, two UTF-16 units) in the text, {@code /} for CRLF (two code points). */
    @ParameterizedTest(name = "\"{0}\" [{1},{2}) -> [{3},{4})")
    @CsvSource(textBlock = """
            Oia,        0, 3, 0, 3
            _ Oia,      3, 6, 2, 5
            __Oia,      4, 7, 2, 5
            Oia_,       0, 5, 0, 4
            Oia_,       0, 4, 0, 4
            a_b,        2, 4, 1, 3
            /Oia,       2, 5, 2, 5
            """)
    void countsCodePointsAndNeverCutsACharacterInTwo(String shown, int begin, int end, int start, int stop)
            throws IOException {
        String text = shown.replace("_", "🚢").replace("/", "\r\n");
        DocumentRecord record = new DocumentRecord("d", text,
                List.of(new AnnotationRecord("place", begin, end, text.substring(begin, end), Map.of())), List.of());
        JsonObject target = JsonParser.parseString(write(record)).getAsJsonObject().getAsJsonObject("first")
                .getAsJsonArray("items").get(0).getAsJsonObject().getAsJsonObject("target");
        JsonObject position = selector(target, "TextPositionSelector");
        assertEquals(start, position.get("start").getAsInt());
        assertEquals(stop, position.get("end").getAsInt());
        int[] cps = text.codePoints().toArray();
        assertEquals(new String(cps, start, stop - start), selector(target, "TextQuoteSelector").get("exact").getAsString());
    }

    @Test
    void givesAtMost32CodePointsOfContextAndNoneAtTheEdges() throws IOException {
        String before = "🚢".repeat(40);
        String text = before + "Oia" + "x".repeat(40);
        int at = before.length();
        DocumentRecord record = new DocumentRecord("d", text, List.of(
                new AnnotationRecord("place", at, at + 3, "Oia", Map.of()),
                new AnnotationRecord("place", 0, 2, "🚢", Map.of()),
                new AnnotationRecord("place", text.length() - 1, text.length(), "x", Map.of())), List.of());
        JsonArray items = JsonParser.parseString(write(record)).getAsJsonObject().getAsJsonObject("first")
                .getAsJsonArray("items");

        JsonObject oia = selector(items.get(0).getAsJsonObject().getAsJsonObject("target"), "TextQuoteSelector");
        assertEquals("🚢".repeat(32), oia.get("prefix").getAsString());
        assertEquals("x".repeat(32), oia.get("suffix").getAsString());
        assertFalse(selector(items.get(1).getAsJsonObject().getAsJsonObject("target"), "TextQuoteSelector").has("prefix"));
        assertFalse(selector(items.get(2).getAsJsonObject().getAsJsonObject("target"), "TextQuoteSelector").has("suffix"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            000_dde6b549911dd594,  urn:concord:doc:000_dde6b549911dd594
            feeds/reuters/a b.txt, urn:concord:doc:feeds%2Freuters%2Fa%20b.txt
            x:annotations,         urn:concord:doc:x%3Aannotations
            Zürich,                urn:concord:doc:Z%C3%BCrich
            """)
    void namesTheDocumentByAUrnWithItsIdPercentEncoded(String id, String iri) {
        assertEquals(iri, WebAnnotation.documentIri(id));
    }

    @Test
    void namesTheCollectionItsPageAndItsFormat() throws IOException {
        DocumentRecord record = new DocumentRecord("d", "Oia", List.of(), List.of());
        JsonObject root = JsonParser.parseString(write(record)).getAsJsonObject();
        assertEquals("AnnotationCollection", root.get("type").getAsString());
        assertEquals("urn:concord:doc:d:annotations", root.get("id").getAsString());
        assertEquals(0, root.get("total").getAsInt());
        assertEquals(root.getAsJsonObject("first").get("id").getAsString(), root.get("last").getAsString());
        WebAnnotationExporter exporter = new WebAnnotationExporter();
        assertEquals("webannotation", exporter.format());
        assertEquals("jsonld", exporter.fileExtension());
        assertFalse(exporter.writesCollection());
    }

    private static JsonObject selector(JsonObject target, String type) {
        for (JsonElement s : target.getAsJsonArray("selector")) {
            if (s.getAsJsonObject().get("type").getAsString().equals(type)) {
                return s.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + type + " in " + target);
    }

    private static String write(DocumentRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WebAnnotationExporter().writeDocument(new AnnotatedDocument() {
            public String id() { return record.id(); }
            public JCas jcas() { return null; }
            public DocumentRecord record() { return record; }
            public List<AnnotatorOutcome> outcomes() { return List.of(); }
        }, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Pairs of {@code type=text} (the n-th occurrence with {@code #n}) and the annotation's attributes. */
    private static DocumentRecord record(String text, Object... specs) {
        List<AnnotationRecord> list = new ArrayList<>();
        for (int i = 0; i < specs.length; i += 2) {
            String[] typeAndText = ((String) specs[i]).split("=", 2);
            String[] textAndNth = typeAndText[1].split("#");
            int at = -1;
            for (int n = textAndNth.length > 1 ? Integer.parseInt(textAndNth[1]) : 1; n > 0; n--) {
                at = text.indexOf(textAndNth[0], at + 1);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = (Map<String, Object>) specs[i + 1];
            list.add(new AnnotationRecord(typeAndText[0], at, at + textAndNth[0].length(), textAndNth[0], attributes));
        }
        list.sort((a, b) -> a.begin() != b.begin() ? a.begin() - b.begin() : b.end() - a.end());
        return new DocumentRecord("d", text, list, List.of());
    }

    /** Attributes in the order given (null values kept), as the pipeline's records keep them. */
    private static Map<String, Object> attrs(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
