package io.concord.conflicts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {
    /** A figure annotation on {@code figure} inside {@code sentence}; value null means "read it from the text". */
    static Quantity quantity(String sentence, String figure, String kind, Double value, String unit, String qualifier) {
        int begin = sentence.indexOf(figure);
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("kind", kind);
        attrs.put("value", value);
        attrs.put("unit", unit);
        attrs.put("qualifier", qualifier);
        return Quantity.of(new AnnotationRecord("figure", begin, begin + figure.length(), figure, attrs), sentence,
                Quantity.Tolerance.DEFAULT);
    }

    @ParameterizedTest(name = "{0} / {4} -> {8}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence A                                        | figure A            | kind A  | unit A | sentence B                                   | figure B              | kind B  | unit B | agree
            The rebels now hold just over nineteen per cent of the north | nineteen per cent | percent | %   | The rebels control 19.3% of the north        | 19.3%                 | percent | %      | true
            Troops seized around 270 square miles of land       | 270 square miles    | measure | mi2    | Troops seized 701 sq km of land              | 701 sq km             | measure | km2    | true
            The bloc will raise ninety billion euro for the plan | ninety billion euro | money   | EUR    | The bloc will raise €90bn for the plan       | €90bn                 | money   | EUR    | true
            The quake had a magnitude of 5.9 officials said     | 5.9                 | count   |        | The quake had a magnitude of 6.1             | 6.1                   | count   |        | false
            At least 6,000 children were moved                  | 6,000               | count   |        | Around 6,000 children were moved             | 6,000                 | count   |        | true
            More than 19,000 children were taken                | 19,000              | count   |        | Some 19,000 children were taken              | 19,000                | count   |        | true
            More than 19,000 children were taken                | 19,000              | count   |        | 40,000 children were taken                   | 40,000                | count   |        | false
            The storm killed 40 people                          | 40                  | count   |        | The storm killed 25 people                   | 25                    | count   |        | false
            The talks lasted close to five hours                | five hours          | duration| h      | after a nearly five-hour meeting             | five-hour             | duration| h      | true
            The fund covers two-thirds of the needs             | two-thirds          | ratio   |        | The fund covers 67% of the needs             | 67%                   | percent | %      | true
            The fund covers two-thirds of the needs             | two-thirds          | ratio   |        | The fund covers 40% of the needs             | 40%                   | percent | %      | false
            The march drew 20,000 people                        | 20,000              | count   |        | The march drew 19,000 people                 | 19,000                | count   |        | false
            The new line is 12 miles long                       | 12 miles            | measure | mi     | The new line is 19.3 km long                 | 19.3 km               | measure | km     | true
            The quake killed at least 41 people                 | 41                  | count   |        | The quake killed 53 people                   | 53                    | count   |        | false
            The quake killed at least 41 people                 | 41                  | count   |        | The quake killed 43 people                   | 43                    | count   |        | true
            At least two disputes block a deal                  | two                 | count   |        | Two disputes block a deal                    | Two                   | count   |        | true
            """)
    void comparesFiguresAfterNormalisingUnitsHedgesAndPrecision(String sa, String fa, String ka, String ua, String sb,
                                                                 String fb, String kb, String ub, boolean agree) {
        Quantity a = quantity(sa, fa, ka, null, ua, "exact");
        Quantity b = quantity(sb, fb, kb, null, ub, "exact");
        assertNotNull(a);
        assertNotNull(b);
        assertEquals(agree, a.agrees(b), a + " vs " + b);
    }

    @Test
    void agreesJustOverNineteenPerCentWith19Point3Percent() {
        Quantity a = quantity("now hold just over nineteen per cent of the country", "nineteen per cent", "percent", 19.0,
                "%", "over");
        Quantity b = quantity("now controls about 19.3% of the country", "19.3%", "percent", 19.3, "%", "approx");
        assertTrue(a.agrees(b));
    }

    @Test
    void convertsSquareMilesToSquareKilometres() {
        Quantity q = quantity("gained 270 square miles", "270 square miles", "measure", 270.0, "mi2", "exact");
        assertEquals("area", q.dimension());
        assertEquals(699.3, q.value(), 0.1);
    }

    @Test
    void readsHedgeFromTextWhenAnnotationSaysExact() {
        Quantity q = quantity("officials counted more than 300 victims", "300", "count", 300.0, null, "exact");
        assertEquals("over", q.qualifier());
        assertEquals(300, q.low(), 1e-9);
    }

    @Test
    void flagsMagnitudeFivePointNineAgainstSixPointOneAsTheWiderGap() {
        Quantity a = quantity("a magnitude 5.9 quake", "5.9", "count", 5.9, null, "exact");
        Quantity b = quantity("a magnitude 6.1 quake", "6.1", "count", 6.1, null, "exact");
        assertFalse(a.agrees(b));
        assertTrue(a.gap(b) > 0.01);
    }

    @Test
    void keepsCurrenciesApart() {
        Quantity eur = quantity("a €5bn loan", "€5bn", "money", 5e9, "EUR", "exact");
        Quantity usd = quantity("a $5bn loan", "$5bn", "money", 5e9, "USD", "exact");
        assertFalse(eur.agrees(usd));
    }

    @Test
    void leavesDatesToTheDateRule() {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("kind", "date");
        attrs.put("value", "2024-03-15");
        assertNull(Quantity.of(new AnnotationRecord("figure", 0, 14, "March 15, 2024", attrs), "March 15, 2024",
                Quantity.Tolerance.DEFAULT));
    }
}
