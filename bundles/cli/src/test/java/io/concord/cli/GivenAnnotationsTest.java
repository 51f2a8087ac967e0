package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GivenAnnotationsTest {
    private static final String TEXT = "Ana Silva said 40 homes in Porto flooded.";

    @ParameterizedTest(name = "given [{0}] + annotated [{1}] = [{2}]")
    @CsvSource(delimiter = '|', value = {
            // the input's type wins over the annotators' of that type, whatever the spans
            "person 0-9        | person 0-3 ; figure 15-23 ; place 27-32 | person 0-9 ; figure 15-23 ; place 27-32",
            // a type the input does not carry comes from the annotators
            "place 27-32       | person 0-9 ; place 0-3                  | person 0-9 ; place 27-32",
            // nothing given: the annotators' record as it is
            "                  | person 0-9 ; figure 15-23               | person 0-9 ; figure 15-23",
            // two given types, one annotated type left
            "person 0-9 ; quote 10-40 | person 0-3 ; quote 0-41 ; figure 15-23 | person 0-9 ; quote 10-40 ; figure 15-23",
    })
    void theInputsTypesStandAndTheAnnotatorsFillTheRest(String given, String annotated, String expected) {
        List<AnnotatorOutcome> outcomes = List.of(new AnnotatorOutcome("people", "1.0", AnnotatorOutcome.Status.OK, null, 3));
        DocumentRecord kept = GivenAnnotations.keep(record(given, List.of()), record(annotated, outcomes));

        assertEquals(expected, String.join(" ; ", kept.annotations().stream()
                .map(a -> a.type() + " " + a.begin() + "-" + a.end()).toList()));
        assertEquals(outcomes, kept.outcomes(), "the run's annotators are still named");
        assertEquals(TEXT, kept.text());
    }

    private static DocumentRecord record(String spans, List<AnnotatorOutcome> outcomes) {
        List<AnnotationRecord> annotations = spans == null ? List.of() : Arrays.stream(spans.split(";")).map(String::trim)
                .map(s -> {
                    String[] typeAndSpan = s.split(" ");
                    String[] span = typeAndSpan[1].split("-");
                    int begin = Integer.parseInt(span[0]);
                    int end = Integer.parseInt(span[1]);
                    return new AnnotationRecord(typeAndSpan[0], begin, end, TEXT.substring(begin, end), Map.of());
                }).toList();
        return new DocumentRecord("porto", TEXT, annotations, outcomes);
    }
}
