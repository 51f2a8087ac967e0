package io.concord.annotator.figures.recognition;

import java.util.Map;
import java.util.Set;

/** Words that hedge a number, before it ({@code more than}) or after it ({@code or more}), and their qualifier. */
final class Hedges {
    private Hedges() {}

    static final int MAX_TOKENS = 4;

    /** Lower-case phrases, tokens joined by single spaces, that stand right before the figure. */
    static final Map<String, Qualifier> BEFORE = Map.ofEntries(
            Map.entry("about", Qualifier.APPROX), Map.entry("around", Qualifier.APPROX),
            Map.entry("roughly", Qualifier.APPROX), Map.entry("some", Qualifier.APPROX),
            Map.entry("approximately", Qualifier.APPROX), Map.entry("approx", Qualifier.APPROX),
            Map.entry("approx .", Qualifier.APPROX), Map.entry("an estimated", Qualifier.APPROX),
            Map.entry("estimated", Qualifier.APPROX), Map.entry("circa", Qualifier.APPROX),
            Map.entry("c .", Qualifier.APPROX), Map.entry("ca .", Qualifier.APPROX),
            Map.entry("an approximate", Qualifier.APPROX), Map.entry("give or take", Qualifier.APPROX),
            Map.entry("more than", Qualifier.OVER), Map.entry("over", Qualifier.OVER),
            Map.entry("above", Qualifier.OVER), Map.entry("just over", Qualifier.OVER),
            Map.entry("well over", Qualifier.OVER), Map.entry("just above", Qualifier.OVER),
            Map.entry("well above", Qualifier.OVER), Map.entry("slightly more than", Qualifier.OVER),
            Map.entry("exceeding", Qualifier.OVER), Map.entry("in excess of", Qualifier.OVER),
            Map.entry("upwards of", Qualifier.OVER), Map.entry("upward of", Qualifier.OVER),
            Map.entry("north of", Qualifier.OVER), Map.entry("well in excess of", Qualifier.OVER),
            Map.entry("less than", Qualifier.UNDER), Map.entry("fewer than", Qualifier.UNDER),
            Map.entry("under", Qualifier.UNDER), Map.entry("below", Qualifier.UNDER),
            Map.entry("nearly", Qualifier.UNDER), Map.entry("almost", Qualifier.UNDER),
            Map.entry("close to", Qualifier.UNDER), Map.entry("just under", Qualifier.UNDER),
            Map.entry("just below", Qualifier.UNDER), Map.entry("just shy of", Qualifier.UNDER),
            Map.entry("shy of", Qualifier.UNDER), Map.entry("slightly less than", Qualifier.UNDER),
            Map.entry("not quite", Qualifier.UNDER), Map.entry("well under", Qualifier.UNDER),
            Map.entry("well below", Qualifier.UNDER), Map.entry("short of", Qualifier.UNDER),
            // barely 900 metres is just under it; within 30 cm is at most that far; maybe and perhaps guess
            Map.entry("barely", Qualifier.UNDER), Map.entry("within", Qualifier.AT_MOST),
            Map.entry("maybe", Qualifier.APPROX), Map.entry("perhaps", Qualifier.APPROX),
            Map.entry("closer to", Qualifier.APPROX),
            // Brent tops $90, sales exceeded £2bn: the verb says the figure is passed
            Map.entry("tops", Qualifier.OVER), Map.entry("topped", Qualifier.OVER),
            Map.entry("exceeds", Qualifier.OVER), Map.entry("exceeded", Qualifier.OVER),
            Map.entry("surpassed", Qualifier.OVER), Map.entry("surpasses", Qualifier.OVER),
            // for at least another six months: another only says the period follows one already passed
            Map.entry("at least another", Qualifier.AT_LEAST), Map.entry("as far as", Qualifier.AT_MOST),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("no fewer than", Qualifier.AT_LEAST),
            Map.entry("no less than", Qualifier.AT_LEAST), Map.entry("not less than", Qualifier.AT_LEAST),
            Map.entry("a minimum of", Qualifier.AT_LEAST), Map.entry("at a minimum", Qualifier.AT_LEAST),
            Map.entry("at most", Qualifier.AT_MOST), Map.entry("up to", Qualifier.AT_MOST),
            Map.entry("no more than", Qualifier.AT_MOST), Map.entry("not more than", Qualifier.AT_MOST),
            Map.entry("a maximum of", Qualifier.AT_MOST), Map.entry("as many as", Qualifier.AT_MOST),
            Map.entry("as much as", Qualifier.AT_MOST), Map.entry("at a maximum", Qualifier.AT_MOST));

    /** Lower-case phrases right after the figure ({@code 500 or more}). */
    static final Map<String, Qualifier> AFTER = Map.of(
            "or more", Qualifier.AT_LEAST, "or so", Qualifier.APPROX, "or less", Qualifier.AT_MOST,
            "or fewer", Qualifier.AT_MOST, "plus", Qualifier.OVER, "odd", Qualifier.APPROX);

    /** Words before {@code over} + duration that make it "more than" ({@code for over five years}). */
    private static final Set<String> OVER_AS_MORE = Set.of(
            "for", "of", "in", "after", "took", "takes", "take", "lasted", "lasting", "lasts", "spent", "spend",
            "than", "is", "was", "be", "been", "are", "were", "aged", "just", "well", "slightly");

    /**
     * Whether {@code within} or {@code over} at {@code k}, before a duration, is the preposition of a period
     * ({@code lost 9% over 40 weeks}, {@code stole cash over five years}) rather than a hedge
     * ({@code for over five years}).
     */
    static boolean isPeriodPreposition(TokenWindow w, int k) {
        if (w.is(k, "within")) {
            return true; // within two years: when it happened, not at most two years (within 30 cm is a bound)
        }
        Token prev = w.get(k - 1);
        // Over 24 months, the team...: at the start of a sentence it opens the period as well
        return w.is(k, "over") && (prev == null || w.isSentenceStart(k) || prev.isWord()
                && !OVER_AS_MORE.contains(prev.lower()) || prev.isSymbol(','));
    }

    /** Prepositions of place or time that read as more or less than only before an amount. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("over", "above", "under", "below");

    /**
     * Whether the one-word hedge at {@code k} is a preposition before a small count written in words
     * ({@code caught above two defenders}, {@code Over three seasons, ...}): news hedges such counts with
     * {@code more than}, and writes {@code over 40 people} in digits.
     */
    static boolean isPrepositionBeforeSmallCount(TokenWindow w, int k, NumberReader.Num num) {
        return PLACE_PREPOSITIONS.contains(w.get(k).lower()) && num.words() && !num.scaled() && !num.ratio()
                && num.value() <= 12;
    }

    /** Words before {@code from} that make the amount after it a lowest price ({@code tickets cost from £45}). */
    private static final Set<String> PRICED = Set.of(
            "cost", "costs", "costing", "priced", "start", "starts", "starting", "sell", "sells", "selling");

    /** Whether the amount at {@code spanStart..last} is a lowest price: {@code costs from £45}, not {@code from £45 to}. */
    static boolean isStartingPrice(TokenWindow w, int spanStart, int last) {
        Token before = w.get(spanStart - 2);
        return w.is(spanStart - 1, "from") && before != null && PRICED.contains(before.lower())
                && !w.is(last + 1, "to") && !(w.get(last + 1) != null && w.get(last + 1).isDash());
    }

    /** The qualifier given by the hedge right before the span starting at token {@code spanStart}. */
    static Qualifier before(TokenWindow w, int spanStart) {
        int start = start(w, spanStart);
        return start == spanStart ? Qualifier.EXACT : BEFORE.get(w.joinedWithSpaces(start, spanStart));
    }

    /** The first token of the longest hedge before the span (the span start itself when there is none). */
    static int start(TokenWindow w, int spanStart) {
        int start = spanStart;
        StringBuilder sb = new StringBuilder();
        for (int len = 1; len <= MAX_TOKENS && spanStart - len >= 0; len++) {
            Token tok = w.get(spanStart - len);
            if (tok.type() == Token.Type.NUMBER) {
                break;
            }
            sb.insert(0, len > 1 ? tok.lower() + " " : tok.lower());
            if (BEFORE.containsKey(sb.toString())) {
                start = spanStart - len;
            }
        }
        return start;
    }

    /** The last token of a hedge right after the figure ({@code or more}, {@code -plus}), or -1. */
    static int after(TokenWindow w, int k) {
        if (w.dashJoined(k) && w.get(k + 1) != null && !w.get(k + 1).spaced()
                && (w.is(k + 1, "plus") || w.is(k + 1, "odd"))) {
            return k + 1;
        }
        if (w.is(k, "or") && (w.is(k + 1, "more") || w.is(k + 1, "so") || w.is(k + 1, "less")
                || w.is(k + 1, "fewer"))) {
            return k + 1;
        }
        return -1;
    }

    /** {@code plus} or {@code odd} after a dash belongs to the number ({@code 500-plus}), not a compound. */
    static boolean afterDash(TokenWindow w, int k) {
        return w.is(k, "plus") || w.is(k, "odd");
    }
}
