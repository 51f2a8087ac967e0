package io.concord.conflicts.figures;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

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

    /**
     * Context similarity (0-1) at which a digit added between two figures alone of their unit ({@code 7} / {@code 17}
     * hours) pairs them, below the bar of figures paired by words: about a third of the words of two sentences.
     */
    static final double DIGIT_ADDED_CONTEXT = 0.2;

    /** A duration written as a clock reads it, hours, minutes and seconds. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}");

    private TransposedDigits() {}

    /** Whether the written numbers of two figures are one another's digits rearranged, and their outcomes agree. */
    static boolean between(Item x, Item y) {
        if (x.outcome() != null && y.outcome() != null && !x.outcome().equals(y.outcome())) {
            return false;
        }
        String a = digits(x);
        String b = digits(y);
        return a != null && b != null && rearranged(a, b);
    }

    /** Whether two different values have the same digits (and decimal point) in another order. */
    static boolean rearranged(double a, double b) {
        return a > 0 && b > 0 && rearranged(plain(a), plain(b));
    }

    private static boolean rearranged(String x, String y) {
        if (x.equals(y) || x.length() != y.length() || x.replace(".", "").length() < MIN_DIGITS) {
            return false;
        }
        char[] cx = x.toCharArray();
        char[] cy = y.toCharArray();
        Arrays.sort(cx);
        Arrays.sort(cy);
        return Arrays.equals(cx, cy);
    }

    /**
     * Whether two figures' digits are rearranged in a way chance seldom repeats: three digits or more besides
     * zeros ({@code 1,470} / {@code 1,740}, {@code 152} / {@code 125}). Round numbers ({@code 120} / {@code 210}
     * km) are common enough among a story's figures to rearrange by chance.
     */
    static boolean telling(Item x, Item y) {
        return between(x, y) && digits(x).replaceAll("[0.]", "").length() >= MIN_DIGITS;
    }

    /** Fewest digits besides zeros of a rearrangement that pairs two figures with no word in common. */
    static final int UNMISTAKABLE_DIGITS = 4;

    /**
     * Whether two figures' digits are rearranged in a way chance all but never repeats: four digits or more besides
     * zeros ({@code 4,817} / {@code 4,871}). Among the few dozen figures of a story's reports such a pair is one
     * number retyped, though each report words it its own way ("ranked", "a ranking of") and the words near it are
     * cut off at the next figure of its sentence.
     */
    static boolean unmistakable(Item x, Item y) {
        return between(x, y) && digits(x).replaceAll("[0.]", "").length() >= UNMISTAKABLE_DIGITS;
    }

    /**
     * Whether one figure's whole number is the other's with one digit added ({@code 7} / {@code 17} hours,
     * {@code 45} / {@code 415}): a key struck twice or missed. Within a story's ratio bar this is mostly a teen
     * against its unit, which recurs by chance, so the words around must vouch for it.
     */
    static boolean digitAdded(Item x, Item y) {
        String a = digits(x);
        String b = digits(y);
        if (a == null || b == null || a.contains(".") || b.contains(".") || Math.abs(a.length() - b.length()) != 1) {
            return false;
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        if (shorter.equals("0")) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Context similarity (0-1) at which two measures one digit each side of the point swapped pair ({@code 4.2} /
     * {@code 2.4} kg): such a swap recurs by chance more often than three digits rearranged, less than a digit added.
     */
    static final double POINT_SWAP_CONTEXT = 0.15;

    /**
     * Whether two physical measures in one unit have one digit each side of the point, swapped ({@code 3.1 kg} /
     * {@code 1.3 kg}). Shares and sums are left out: a story's percentages swap such digits by chance (growth 2.4%,
     * joblessness 4.2%).
     */
    static boolean swappedAroundPoint(Item x, Item y) {
        if (!"measure".equals(x.figure().string("kind")) || !"measure".equals(y.figure().string("kind"))
                || !Objects.equals(x.figure().string("unit"), y.figure().string("unit"))) {
            return false;
        }
        String a = digits(x);
        String b = digits(y);
        return a != null && b != null && a.length() == 3 && b.length() == 3 && a.charAt(1) == '.' && b.charAt(1) == '.'
                && a.charAt(0) == b.charAt(2) && a.charAt(2) == b.charAt(0) && a.charAt(0) != b.charAt(0)
                && a.charAt(0) != '0' && b.charAt(0) != '0';
    }

    /** The digits a figure was written with: a clock's as read ({@code 2:07:43}), else its value's. */
    private static String digits(Item x) {
        String written = x.figure().text();
        if (written != null && CLOCK.matcher(written).matches()) {
            return written.replace(":", "");
        }
        Double v = x.figure().number("value");
        return v == null || v <= 0 ? null : plain(v);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * The score of two figures that are each their report's one statement in their unit, by their digits: a telling
     * rearrangement pairs them whatever their words, scored at least as a rearrangement in words alike is
     * ({@link #PREFERENCE}), so that it is linked before pairings by words alone; a digit added
     * only when their words are alike ({@link #DIGIT_ADDED_CONTEXT}). Negative when their digits pair nothing, or
     * their outcomes or measured things exclude one quantity.
     */
    static double aloneOfTheirUnit(Item x, Item y, double similarity) {
        if (!Objects.equals(x.figure().string("unit"), y.figure().string("unit")) || FigureMeasures.contradicted(x, y)) {
            return -1;
        }
        if (telling(x, y)) {
            return Math.max(similarity, PREFERENCE);
        }
        return digitAdded(x, y) && similarity >= DIGIT_ADDED_CONTEXT ? similarity : -1;
    }

    /** How alike the contexts of two figures are (0-1), whatever each says it measures. */
    static double contextSimilarity(Item x, Item y) {
        return 0.5 * x.context().overlap(y.context()) + 0.5 * x.context().jaccard(y.context());
    }
}
