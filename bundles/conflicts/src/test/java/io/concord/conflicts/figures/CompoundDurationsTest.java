package io.concord.conflicts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.conflicts.TestDocs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompoundDurationsTest {
    /** The minutes each figure's quantity states after joining, "-" for a part folded into the next. */
    private static String minutes(TestDocs doc) {
        DocumentRecord r = doc.build();
        List<AnnotationRecord> figures = r.annotations("figure");
        List<Quantity> quantities = new ArrayList<>();
        figures.forEach(f -> quantities.add(Quantity.of(f, Quantity.Tolerance.DEFAULT)));
        CompoundDurations.join(r.text(), figures, quantities);
        List<String> out = new ArrayList<>();
        quantities.forEach(q -> out.add(q == null ? "-" : String.valueOf(Math.round(q.value() * 60))));
        return String.join(" ", out);
    }

    private static TestDocs duration(TestDocs doc, String covered, double value, String unit, double hours) {
        return doc.add("figure", covered, "kind", "duration", "value", value, "unit", unit, "qualifier", "exact",
                "normalizedValue", hours, "normalizedUnit", "h");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an hour and ten minutes (the larger part unmarked) | Riders lose an hour and ten minutes by bus.  | 70
            ten minutes alone                                   | Riders lose ten minutes by bus.              | 10
            """)
    void readsTheLargerUnitWrittenWithAnArticle(String name, String text, String expected) {
        assertEquals(expected, minutes(duration(TestDocs.doc("a", text), "ten minutes", 10, "min", 1 / 6.0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two hours and 30 minutes | The flight took two hours and 30 minutes. | - 150
            1 hour 20 minutes        | The match ran 1 hour 20 minutes.          | - 80
            two hours, then 30 minutes later: two figures | It took two hours; 30 minutes later it rained. | 120 30
            """)
    void foldsTheFirstPartIntoTheLast(String name, String text, String expected) {
        String first = text.contains("1 hour") ? "1 hour" : "two hours";
        String second = text.contains("30 minutes") ? "30 minutes" : "20 minutes";
        double firstHours = first.startsWith("1") ? 1 : 2;
        double minutes = second.startsWith("30") ? 30 : 20;
        TestDocs doc = duration(TestDocs.doc("a", text), first, firstHours, "h", firstHours);
        assertEquals(expected, minutes(duration(doc, second, minutes, "min", minutes / 60)));
    }
}
