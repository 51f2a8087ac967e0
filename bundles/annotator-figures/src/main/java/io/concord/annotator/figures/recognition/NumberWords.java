package io.concord.annotator.figures.recognition;

import java.util.Map;

/** English number vocabulary: cardinal words, scale words, multiplier abbreviations and fraction words. */
final class NumberWords {
    private NumberWords() {}

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    /** Scale words that may follow a number or number words: {@code 90 billion}, {@code two million}. */
    static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "lakh", 1e5, "crore", 1e7);

    /** Multiplier abbreviations written after digits ({@code €90bn}, {@code $5m}, {@code 3tn}). */
    static final Map<String, Double> ABBREVIATED_SCALES = Map.of(
            "bn", 1e9, "b", 1e9, "bln", 1e9, "mn", 1e6, "mln", 1e6, "m", 1e6, "tn", 1e12, "trn", 1e12, "k", 1e3);

    /** Fraction denominators: {@code two-thirds}, {@code a quarter}, {@code three fifths}. */
    static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fourth", 4), Map.entry("fourths", 4),
            Map.entry("fifth", 5), Map.entry("fifths", 5), Map.entry("sixth", 6), Map.entry("sixths", 6),
            Map.entry("seventh", 7), Map.entry("sevenths", 7), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("ninth", 9), Map.entry("ninths", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));

    /** Unicode vulgar fractions. */
    static final Map<String, Double> VULGAR_FRACTIONS = Map.of(
            "½", 0.5, "⅓", 1.0 / 3, "⅔", 2.0 / 3, "¼", 0.25, "¾", 0.75, "⅕", 0.2, "⅖", 0.4, "⅗", 0.6, "⅘", 0.8,
            "⅛", 0.125);

    static boolean isCardinal(String lower) {
        return SMALL.containsKey(lower) || TENS.containsKey(lower);
    }

    static boolean isSingularDenominator(String lower) {
        return DENOMINATORS.containsKey(lower) && !lower.endsWith("s");
    }
}
