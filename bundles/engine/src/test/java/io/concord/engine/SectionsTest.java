package io.concord.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.AnnotatorOutcome.Status;
import io.concord.api.model.DocumentRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SectionsTest {
    /** The sections as the text they hold, joined by "|". */
    private static String cut(String text, int max) {
        List<String> parts = new ArrayList<>();
        for (int[] s : Sections.of(text, max)) {
            parts.add(text.substring(s[0], s[1]));
        }
        return String.join("|", parts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            a short text stays whole;               Ana met Tom.;                                 40; Ana met Tom.
            at the last paragraph break;            "Ana met Tom.\\n\\nThey spoke. Then left.";    24; "Ana met Tom.\\n\\n|They spoke. Then left."
            at a line break when no paragraph ends; "Ana met Tom in Lyon\\nThey spoke. Then left."; 24; "Ana met Tom in Lyon\\n|They spoke. Then left."
            at a sentence end;                      Ana met Tom in Lyon. They spoke at length.;   26; Ana met Tom in Lyon. |They spoke at length.
            at a space;                             Ana met Tom in Lyon and they spoke;           24; Ana met Tom in Lyon and |they spoke
            at the limit when nothing else;         abcdefghijklmnopqrstuvwxyz;                   10; abcdefghij|klmnopqrst|uvwxyz
            """)
    void cutsAtTheBestPlaceBeforeTheLimit(String name, String text, int max, String sections) {
        String unescaped = text.replace("\\n", "\n");
        assertEquals(sections.replace("\\n", "\n"), cut(unescaped, max));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "abcdefghi\uD83D\uDE00jklmnopqrs";
        for (int[] s : Sections.of(text, 10)) {
            assertTrue(!Character.isLowSurrogate(text.charAt(s[0])), "a section starts inside a pair at " + s[0]);
        }
        assertEquals(text, cut(text, 10).replace("|", ""));
    }

    @Test
    void refusesANonPositiveLength() {
        assertThrows(IllegalArgumentException.class, () -> Sections.of("text", 0));
    }

    @Test
    void putsTheSectionsRecordsTogetherAtTheirOffsets() {
        String text = "Ana met Tom.\n\nTom left Lyon.";
        SectionedRecord whole = new SectionedRecord("d", text, 2);
        whole.add(0, 0, new DocumentRecord("d", "Ana met Tom.\n\n",
                List.of(new AnnotationRecord("person", 0, 3, "Ana", Map.of("canonical", "Ana"))),
                List.of(new AnnotatorOutcome("people", "1", Status.OK, null, 5),
                        new AnnotatorOutcome("places", "1", Status.OK, null, 2))));
        whole.add(1, 14, new DocumentRecord("d", "Tom left Lyon.",
                List.of(new AnnotationRecord("place", 9, 13, "Lyon", Map.of("canonical", "Lyon"))),
                List.of(new AnnotatorOutcome("people", "1", Status.TIMEOUT, "ran past its time limit", 7),
                        new AnnotatorOutcome("places", "1", Status.OK, null, 3))));

        DocumentRecord r = whole.record();
        for (AnnotationRecord a : r.annotations()) {
            assertEquals(a.text(), text.substring(a.begin(), a.end()));
        }
        assertEquals(List.of(new AnnotatorOutcome("people", "1", Status.TIMEOUT,
                        "section 2 of 2 (from character 14): ran past its time limit", 12),
                new AnnotatorOutcome("places", "1", Status.OK, null, 5)), r.outcomes());
    }
}
