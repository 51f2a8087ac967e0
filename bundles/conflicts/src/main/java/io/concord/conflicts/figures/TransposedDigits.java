package io.concord.conflicts.figures;

import java.math.BigDecimal;
import java.util.Arrays;

import io.concord.conflicts.figures.FigureRule.Item;

/**
 * Two figures written with the same digits in another order ({@code 2,300} / {@code 3,200}, {@code 1.86 million} /
 * {@code 1.68 million}): the commonest slip of retyped copy. A number of three digits or more seldom recurs so by
 * chance, so such a pair is one quantity on the words around it alone, even when the reports name what it counts
 * with nouns that are no synonyms ("supporters" / "spectators") or the annotator picked another noun as the thing
 * measured; never when the two count other outcomes (killed, injured).
 */
final class TransposedDigits {
    /** Fewest digits: two-digit swaps (23 / 32) recur by chance among a story's many small counts. */
    static final int MIN_DIGITS = 3;

    /**
     * Shared words a rearranged pair needs, about two in a sentence's context: rearranged round numbers (1,200 /
     * 2,100) are common enough among a story's figures that a single word in common would pair unrelated counts.
     */
    static final double MIN_CONTEXT_SIMILARITY = 0.05;

    /**
     * Added to a rearranged pair's score, so that the linker takes it before a pairing made by words alone: a
     * retyped figure's report often states another figure of the kind in words closer to the first ("inflation
     * stood at 18.6%" / "prices rose 16.8%", "the rate to 20% to fight inflation").
     */
    static final double PREFERENCE = 0.5;

    private TransposedDigits() {}

    /** Whether the written numbers of two figures are one another's digits rearranged, and their outcomes agree. */
    static boolean between(Item x, Item y) {
        if (x.outcome() != null && y.outcome() != null && !x.outcome().equals(y.outcome())) {
            return false;
        }
        Double a = x.figure().number("value");
        Double b = y.figure().number("value");
        return a != null && b != null && rearranged(a, b);
    }

    /** Whether two different values have the same digits (and decimal point) in another order. */
    static boolean rearranged(double a, double b) {
        if (a == b || a <= 0 || b <= 0) {
            return false;
        }
        String x = BigDecimal.valueOf(a).stripTrailingZeros().toPlainString();
        String y = BigDecimal.valueOf(b).stripTrailingZeros().toPlainString();
        if (x.length() != y.length() || x.replace(".", "").length() < MIN_DIGITS) {
            return false;
        }
        char[] cx = x.toCharArray();
        char[] cy = y.toCharArray();
        Arrays.sort(cx);
        Arrays.sort(cy);
        return Arrays.equals(cx, cy);
    }

    /** How alike the contexts of two figures are (0-1), whatever each says it measures. */
    static double contextSimilarity(Item x, Item y) {
        return 0.5 * x.context().overlap(y.context()) + 0.5 * x.context().jaccard(y.context());
    }
}
