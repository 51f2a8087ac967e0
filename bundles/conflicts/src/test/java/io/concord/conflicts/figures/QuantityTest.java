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
    /** A figure annotation on {@code figure} inside {@code sentence}, with what the figures annotator found. */
    static Quantity quantity(String sentence, String figure, String kind, Double value, String unit, String qualifier) {
        return Quantity.of(figure(sentence, figure, kind, value, unit, qualifier, Map.of()), Quantity.Tolerance.DEFAULT);
    }

    static AnnotationRecord figure(String sentence, String figure, String kind, Double value, String unit, String qualifier,
                                   Map<String, Object> more) {
        int begin = sentence.indexOf(figure);
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("kind", kind);
        attrs.put("value", value);
        attrs.put("unit", unit);
        attrs.put("qualifier", qualifier);
        attrs.putAll(more);
        return new AnnotationRecord("figure", begin, begin + figure.length(), figure, attrs);
    }

    @ParameterizedTest(name = "{0} {3} / {5} {8} -> {10}")
    @CsvSource(delimiter = '|', textBlock = """
            # figure A          | kind A  | value A  | unit A | qualifier A | figure B   | kind B  | value B | unit B | qualifier B | agree
            nineteen per cent   | percent | 19       | %      | over        | 19.3%      | percent | 19.3    | %      | exact       | true
            270 square miles    | measure | 270      | mi2    | approx      | 701 sq km  | measure | 701     | km2    | exact       | true
            ninety billion euro | money   | 9E10     | EUR    | exact       | €90bn      | money   | 9E10    | EUR    | exact       | true
            5.9                 | count   | 5.9      |        | exact       | 6.1        | count   | 6.1     |        | exact       | false
            6,000               | count   | 6000     |        | at-least    | 6,000      | count   | 6000    |        | approx      | true
            19,000              | count   | 19000    |        | over        | 19,000     | count   | 19000   |        | approx      | true
            19,000              | count   | 19000    |        | over        | 40,000     | count   | 40000   |        | exact       | false
            40                  | count   | 40       |        | exact       | 25         | count   | 25      |        | exact       | false
            five hours          | duration| 5        | h      | under       | five-hour  | duration| 5       | h      | under       | true
            two-thirds          | ratio   | 0.6667   |        | exact       | 67%        | percent | 67      | %      | exact       | true
            two-thirds          | ratio   | 0.6667   |        | exact       | 40%        | percent | 40      | %      | exact       | false
            20,000              | count   | 20000    |        | exact       | 19,000     | count   | 19000   |        | exact       | false
            12 miles            | measure | 12       | mi     | exact       | 19.3 km    | measure | 19.3    | km     | exact       | true
            41                  | count   | 41       |        | at-least    | 53         | count   | 53      |        | exact       | false
            41                  | count   | 41       |        | at-least    | 43         | count   | 43      |        | exact       | true
            two                 | count   | 2        |        | at-least    | Two        | count   | 2       |        | exact       | true
            2 percentage points | percent | 2        | pp     | exact       | 2%         | percent | 2       | %      | exact       | false
            """)
    void comparesFiguresAfterNormalisingUnitsHedgesAndPrecision(String fa, String ka, double va, String ua, String qa,
                                                                 String fb, String kb, double vb, String ub, String qb,
                                                                 boolean agree) {
        Quantity a = quantity(fa, fa, ka, va, ua, qa);
        Quantity b = quantity(fb, fb, kb, vb, ub, qb);
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
    void usesTheAnnotatorsNormalisedValueAndConvertsWhenAFigureAddedByHandHasNone() {
        Quantity annotated = Quantity.of(figure("gained 270 square miles", "270 square miles", "measure", 270.0, "mi2",
                "exact", Map.of("normalizedValue", 699.2968, "normalizedUnit", "km2")), Quantity.Tolerance.DEFAULT);
        Quantity byHand = quantity("gained 270 square miles", "270 square miles", "measure", 270.0, "mi2", "exact");
        assertEquals("km2", annotated.dimension());
        assertEquals(699.3, annotated.value(), 0.1);
        assertEquals("km2", byHand.dimension());
        assertEquals(699.3, byHand.value(), 0.1);
    }

    @Test
    void aStatedRangeIsTheIntervalItself() {
        Quantity range = Quantity.of(figure("40-50 tanks", "40-50", "count", 45.0, null, "approx",
                Map.of("low", 40, "high", 50)), Quantity.Tolerance.DEFAULT);
        assertEquals(40, range.low(), 1e-9);
        assertEquals(50, range.high(), 1e-9);
        assertTrue(range.agrees(quantity("41 tanks", "41", "count", 41.0, null, "exact")));
    }

    @Test
    void trustsTheAnnotatorsQualifier() {
        Quantity q = quantity("officials counted more than 300 victims", "300", "count", 300.0, null, "over");
        assertEquals("over", q.qualifier());
        assertEquals(300, q.low(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"19000,500", "3500000,50000", "19.3,0.05", "40,0.5", "270,5", "9E10,5E9"})
    void precisionIsThatOfTheValueAsWritten(double value, double half) {
        assertEquals(half, Quantity.halfUnit(value), half * 1e-9);
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
        assertNull(Quantity.of(new AnnotationRecord("figure", 0, 14, "March 15, 2024", attrs), Quantity.Tolerance.DEFAULT));
    }
}
