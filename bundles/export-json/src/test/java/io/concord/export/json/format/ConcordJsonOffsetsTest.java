package io.concord.export.json.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.concord.api.ExportOptions;
import io.concord.api.ExportOptions.OffsetUnit;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.PersonIdentity;
import org.junit.jupiter.api.Test;

/** Offsets in code points for readers that index strings by code point (Python), and the text in the file. */
class ConcordJsonOffsetsTest {
    // two emoji (two UTF-16 units each, one code point each) before the name, one inside the figure's sentence
    private static final String TEXT = "\uD83D\uDD25\uD83D\uDD25 Ana Ruiz said 40 \uD83D\uDE80 flew.";
    private static final ExportOptions CODE_POINTS = new ExportOptions(OffsetUnit.CODE_POINT, true);

    private static DocumentRecord document() {
        int name = TEXT.indexOf("Ana Ruiz");
        int figure = TEXT.indexOf("40");
        return new DocumentRecord("d1", TEXT, List.of(
                new AnnotationRecord("person", name, name + 8, "Ana Ruiz", Map.of("canonical", "Ana Ruiz")),
                new AnnotationRecord("figure", figure, figure + 2, "40", Map.of("kind", "count"))), List.of());
    }

    @Test
    void codePointOffsetsSliceTheTextTheWayPythonDoes() throws IOException {
        StringWriter out = new StringWriter();
        ConcordJson.writeDocument(document(), out, CODE_POINTS);

        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        JsonObject doc = root.getAsJsonObject("document");
        assertEquals("codepoint", doc.get("offsets").getAsString());
        assertEquals(TEXT.codePointCount(0, TEXT.length()), doc.get("length").getAsInt());
        assertEquals(TEXT, doc.get("text").getAsString());
        int[] codePoints = TEXT.codePoints().toArray();
        for (var e : root.getAsJsonArray("annotations")) {
            JsonObject a = e.getAsJsonObject();
            String sliced = new String(codePoints, a.get("begin").getAsInt(),
                    a.get("end").getAsInt() - a.get("begin").getAsInt());
            assertEquals(a.get("text").getAsString(), sliced);
        }
    }

    @Test
    void utf16StaysTheDefaultWithoutTheText() throws IOException {
        StringWriter out = new StringWriter();
        ConcordJson.writeDocument(document(), out);
        JsonObject doc = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonObject("document");
        assertEquals("utf16", doc.get("offsets").getAsString());
        assertEquals(TEXT.length(), doc.get("length").getAsInt());
        assertFalse(doc.has("text"));
    }

    @Test
    void aCodePointFileReadsBackToConcordsOwnOffsets() throws IOException {
        StringWriter out = new StringWriter();
        ConcordJson.writeDocument(document(), out, CODE_POINTS);
        DocumentRecord back = ConcordJson.readDocument(new StringReader(out.toString()), TEXT);
        assertEquals(document().annotations(), back.annotations());
    }

    @Test
    void aCodePointFileOfAnotherTextIsRefused() throws IOException {
        StringWriter out = new StringWriter();
        ConcordJson.writeDocument(document(), out, CODE_POINTS);
        assertThrows(IOException.class, () -> ConcordJson.readDocument(new StringReader(out.toString()),
                TEXT.replace("\uD83D\uDD25", "x")));
    }

    @Test
    void conflictClaimsAndPeopleCountCodePointsOfTheirOwnDocument() throws IOException {
        DocumentRecord d = document();
        int name = TEXT.indexOf("Ana Ruiz");
        Conflict c = new Conflict("figure", "40 vs 41", "medium", false,
                List.of(new Claim("d1", TEXT.indexOf("40"), TEXT.indexOf("40") + 2, "40", "A")), Map.of());
        PersonIdentity p = new PersonIdentity("p1", "Ana Ruiz", List.of("Ana Ruiz"),
                List.of(new PersonIdentity.Mention("d1", name, name + 8, "Ana Ruiz")));
        StringWriter out = new StringWriter();
        ConcordJson.writeConflicts(new ConflictReport(List.of(c), List.of(), List.of(), List.of(p)), out, CODE_POINTS,
                List.of(d));

        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("codepoint", root.get("offsets").getAsString());
        JsonObject claim = root.getAsJsonArray("conflicts").get(0).getAsJsonObject().getAsJsonArray("claims").get(0)
                .getAsJsonObject();
        assertEquals(TEXT.indexOf("40") - 2, claim.get("begin").getAsInt()); // two emoji before it
        JsonArray mentions = root.getAsJsonArray("people").get(0).getAsJsonObject().getAsJsonArray("mentions");
        assertEquals(name - 2, mentions.get(0).getAsJsonObject().get("begin").getAsInt());
    }
}
