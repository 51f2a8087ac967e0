package io.concord.annotator.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import io.concord.api.model.AnnotationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseReaderTest {
    private static final String TEXT = "Leaders met in Paris and Berlin.";
    private final ResponseReader reader = new ResponseReader(Set.of("place", "person"));

    @Test
    void readsAnnotationsWithTheirAttributes() throws Exception {
        List<AnnotationRecord> records = reader.read("""
                {"annotations": [
                  {"type": "place", "begin": 15, "end": 20, "text": "Paris", "canonical": "Paris", "kind": "city", "confidence": 0.9},
                  {"type": "place", "begin": 25, "end": 31, "canonical": "Berlin", "population": 3600000, "capital": true, "note": null}
                ]}""", TEXT);

        assertEquals(2, records.size());
        AnnotationRecord paris = records.get(0);
        assertEquals("place", paris.type());
        assertEquals("Paris", paris.text());
        assertEquals("city", paris.string("kind"));
        assertEquals(0.9, paris.number("confidence"));
        AnnotationRecord berlin = records.get(1);
        assertEquals("Berlin", berlin.text(), "the text is taken from the document when the endpoint leaves it out");
        assertEquals(3600000L, berlin.attributes().get("population"));
        assertEquals(true, berlin.attributes().get("capital"));
        assertTrue(berlin.attributes().containsKey("note"));
        assertEquals(1.0, berlin.number("confidence"), "an endpoint that gives no confidence stands by its answer");
    }

    @Test
    void leavesTheEngineStampsToTheEngine() throws Exception {
        AnnotationRecord r = reader.read("""
                {"annotations": [{"type": "place", "begin": 15, "end": 20, "annotator": "people", "annotatorVersion": "9", "status": "accepted"}]}""",
                TEXT).get(0);

        assertFalse(r.attributes().containsKey("annotator"));
        assertFalse(r.attributes().containsKey("annotatorVersion"));
        assertFalse(r.attributes().containsKey("status"));
    }

    @Test
    void acceptsAnEmptyAnswer() throws Exception {
        assertEquals(List.of(), reader.read("{\"annotations\": []}", TEXT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                 | <html>oops</html>                                                          | the response is not JSON: <html>oops</html>
            empty body               | ''                                                                         | not an object with an "annotations" array
            no annotations           | {"found": []}                                                              | not an object with an "annotations" array
            annotations not an array | {"annotations": {}}                                                        | not an object with an "annotations" array
            element not an object    | {"annotations": [3]}                                                       | response annotation 0 is not an object
            no type                  | {"annotations": [{"begin": 0, "end": 1}]}                                  | has no string "type"
            type not produced        | {"annotations": [{"type": "figure", "begin": 0, "end": 1}]}                | has type 'figure', which this annotator does not produce
            unknown type             | {"annotations": [{"type": "organisation", "begin": 0, "end": 1}]}          | has type 'organisation'
            begin missing            | {"annotations": [{"type": "place", "end": 1}]}                             | has no number "begin"
            offset a string          | {"annotations": [{"type": "place", "begin": "15", "end": 20}]}             | has no number "begin"
            offset fractional        | {"annotations": [{"type": "place", "begin": 15.5, "end": 20}]}             | is not a whole offset
            negative begin           | {"annotations": [{"type": "place", "begin": -1, "end": 5}]}                | (place -1-5) is out of range: the text has 32 UTF-16 code units
            end past the text        | {"annotations": [{"type": "place", "begin": 25, "end": 40}]}               | (place 25-40) is out of range
            end before begin         | {"annotations": [{"type": "place", "begin": 20, "end": 15}]}               | (place 20-15) is out of range
            text does not match      | {"annotations": [{"type": "place", "begin": 14, "end": 19, "text": "Paris"}]} | says its text is "Paris" but the document has " Pari" there
            nested attribute         | {"annotations": [{"type": "place", "begin": 15, "end": 20, "geo": {"lat": 48}}]} | attribute "geo" that is not a string, number, boolean or null
            second one bad           | {"annotations": [{"type": "place", "begin": 15, "end": 20}, {"type": "place", "begin": 0, "end": 99}]} | response annotation 1 (place 0-99)
            """)
    void failsTheDocumentWithTheReason(String name, String body, String reason) {
        RemoteFailure f = assertThrows(RemoteFailure.class, () -> reader.read(body, TEXT));
        assertTrue(f.getMessage().contains(reason), f.getMessage());
        assertFalse(f.retryable(), "a wrong answer is not tried again");
        assertFalse(f.getMessage().contains("\n"), "one line");
    }

    @Test
    void countsOffsetsInUtf16CodeUnits() throws Exception {
        String text = "\uD83C\uDDEB\uD83C\uDDF7 Paris"; // a flag (two surrogate pairs) before the city
        AnnotationRecord r = reader.read("{\"annotations\": [{\"type\": \"place\", \"begin\": 5, \"end\": 10, \"text\": \"Paris\"}]}", text).get(0);
        assertEquals("Paris", r.text());
        RemoteFailure codePoints = assertThrows(RemoteFailure.class, () -> reader.read(
                "{\"annotations\": [{\"type\": \"place\", \"begin\": 3, \"end\": 8, \"text\": \"Paris\"}]}", text));
        assertTrue(codePoints.getMessage().contains("UTF-16"), codePoints.getMessage());
    }
}
