package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldScorerTest {
    @TempDir
    Path dir;

    private void write(Path folder, String id, String annotations) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".json"), "{\"schema\": \"concord.annotations/1\", \"document\": {\"id\": \""
                + id + "\", \"length\": 100}, \"annotations\": [" + annotations + "]}");
    }

    @Test
    void scoresStrictAndLenientMatchesOptionalGoldAndAttributes() throws Exception {
        Path gold = dir.resolve("gold");
        Path pred = dir.resolve("pred");
        write(gold, "d1", """
                {"type": "person", "begin": 0, "end": 8, "text": "Ana Ruiz", "canonical": "Ana Ruiz"},
                {"type": "person", "begin": 20, "end": 30, "text": "Tomas Berg", "canonical": "Tomas Berg"},
                {"type": "place", "begin": 40, "end": 44, "text": "Lyon", "canonical": "Lyon", "kind": "city"},
                {"type": "place", "begin": 50, "end": 55, "text": "Rhône", "canonical": "Rhône", "kind": "other", "optional": true}
                """);
        write(pred, "d1", """
                {"type": "person", "begin": 0, "end": 8, "text": "Ana Ruiz", "canonical": "Ruiz", "annotator": "people"},
                {"type": "person", "begin": 26, "end": 30, "text": "Berg", "canonical": "Berg", "annotator": "people"},
                {"type": "place", "begin": 40, "end": 44, "text": "Lyon", "canonical": "Lyon", "kind": "region", "annotator": "places"},
                {"type": "place", "begin": 60, "end": 64, "text": "Oslo", "canonical": "Oslo", "kind": "city", "annotator": "places"}
                """);
        write(gold, "d2", "");

        GoldScorer.Result all = GoldScorer.score(gold, pred, a -> true);
        assertEquals(2, all.documents());
        assertEquals(List.of("d2"), all.missingDocuments());
        GoldScorer.TypeScore person = all.types().get("person");
        assertEquals(2, person.gold());
        assertEquals(1, person.strict().tp()); // Berg is only an overlap
        assertEquals(2, person.lenient().tp());
        assertEquals(1.0, person.lenient().attributes().get("canonical")); // surnames agree
        GoldScorer.TypeScore place = all.types().get("place");
        assertEquals(1, place.gold()); // the optional river counts neither way
        assertEquals(1, place.strict().fp()); // Oslo
        assertEquals(0.0, place.strict().attributes().get("kind"));

        GoldScorer.Result people = GoldScorer.score(gold, pred, a -> a.get("annotator").getAsString().equals("people"));
        assertEquals(0, people.types().get("place").predicted());
        assertNull(people.types().get("place").strict().attributes().get("kind"));
    }

    @ParameterizedTest(name = "{0} {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            canonical | "José Martí"   | "Jose Marti"    | true
            canonical | "J. Smith"     | "John Smith"    | true
            canonical | "Smith"        | "Smyth"         | false
            value     | 19300          | 19314           | true
            value     | 19000          | 19314           | false
            value     | "XXXX-WXX-4"   | "XXXX-WXX-4"    | true
            unit      | null           | ""              | true
            qualifier | null           | "exact"         | true
            kind      | "City"         | "city"          | true
            """)
    void decidesAttributesAsTheReferenceScorerDoes(String attribute, String predicted, String gold, boolean agrees) {
        assertEquals(agrees, GoldScorer.attributeAgrees(attribute,
                predicted == null ? null : JsonParser.parseString(predicted),
                JsonParser.parseString(gold)));
    }
}
