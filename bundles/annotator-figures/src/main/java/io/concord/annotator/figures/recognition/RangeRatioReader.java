package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what ties a number to a second one: a dashed range ({@code 5-6}), the multiplier and unit that a bare
 * first number borrows from the second ({@code 5 to 10 per cent}, {@code $2 to $3 billion}) and the denominator
 * of a ratio ({@code one in five}, {@code three out of four}, {@code one-in-three}); and a multiple written as a
 * word ({@code double the fees}).
 */
final class RangeRatioReader {

    /** Words after {@code N times} that make it a multiple of something, not a number of occasions. */
    static final Set<String> MULTIPLE_NEXT = Set.of(
            "the", "what", "as", "more", "less", "that", "its", "their", "his", "her", "higher", "larger", "bigger",
            "greater", "faster", "lower", "smaller");
    /** What a bare number borrows from the figure after it in a range. */
    record Shared(double scale, UnitLexicon.UnitDef def, String currency) {}

    private final TokenWindow w;
    private final List<Token> t;
    private final UnitReader units;
    private final NumberReader numbers;

    RangeRatioReader(TokenWindow w, UnitReader units, NumberReader numbers) {
        this.w = w;
        this.t = w.tokens();
        this.units = units;
        this.numbers = numbers;
    }

    /** A dash and a number glued after the number ending at last ({@code 5-6}), with no third part after it. */
    boolean dashRangeFollows(int last) {
        return w.dashJoined(last + 1) && w.get(last + 2) != null && t.get(last + 2).isNumber()
                && !w.dashJoined(last + 3);
    }

    /**
     * The upper bound of a range written with a dash after a money or percent figure whose unit is already read
     * ({@code €10m-€12m}, {@code €300m-400m}, {@code 5%-7%}): {last token, value} or null. The second number
     * repeats the currency sign and percent sign when it has them, and takes the first's multiplier when it has
     * none of its own.
     */
    double[] upperBound(int dash, FigureKind kind, String unit, double firstMultiplier) {
        Token next = w.get(dash + 1);
        if (!w.dashJoined(dash) || next == null || next.spaced()) {
            return null;
        }
        int start = dash + 1;
        if (kind == FigureKind.MONEY) {
            int prefixEnd = units.currencyPrefix(start);
            if (prefixEnd > start) {
                String currency = UnitLexicon.CURRENCY_PREFIXES.getOrDefault(w.joined(start, prefixEnd),
                        w.get(start).text());
                if (!currency.equals(unit)) {
                    return null;
                }
                start = prefixEnd;
            }
        }
        NumberReader.Num num = numbers.parseNumber(start);
        if (num == null || num.words() || num.ratio() || num.first() != start) {
            return null;
        }
        int last = num.last();
        double value = num.value() * firstMultiplier;
        Token s = w.get(last + 1);
        if (kind == FigureKind.MONEY && s != null && s.isWord() && !s.spaced()
                && NumberWords.ABBREVIATED_SCALES.containsKey(s.lower())) {
            value = num.value() * NumberWords.ABBREVIATED_SCALES.get(s.lower());
            last++;
        } else if (kind == FigureKind.MONEY && s != null && s.isWord() && s.spaced()
                && NumberWords.SCALES.containsKey(s.lower())) {
            value = num.value() * NumberWords.SCALES.get(s.lower());
            last++;
        } else if (kind == FigureKind.PERCENT) {
            if (s == null || !s.isSymbol('%') || s.spaced() || !"%".equals(unit)) {
                return null;
            }
            last++;
        }
        return new double[] {last, value};
    }

    /**
     * For a bare number at the start of a range ({@code 5 to 10 per cent}, {@code 5-6 million}): the multiplier and
     * unit of the number after the connector at k, or null when that number has neither or no connector follows.
     */
    Shared sharedUnit(int k) {
        // thirty, forty years: speech runs two number words together with a comma for a rough range
        boolean spokenRange = w.get(k) != null && w.get(k).isSymbol(',') && w.get(k - 1) != null
                && NumberWords.isCardinal(w.get(k - 1).lower()) && w.get(k + 1) != null
                && NumberWords.isCardinal(w.get(k + 1).lower());
        if (!(w.is(k, "to") || w.is(k, "and") || w.is(k, "or") || spokenRange)) {
            return null;
        }
        Token second = w.get(k + 1);
        if (second == null || !second.spaced()) {
            return null;
        }
        int start = k + 1;
        String currency = null;
        int prefixEnd = units.currencyPrefix(start);
        if (prefixEnd > start) {
            currency = UnitLexicon.CURRENCY_PREFIXES.getOrDefault(w.joined(start, prefixEnd), w.get(start).text());
            start = prefixEnd;
        }
        NumberReader.Num num = numbers.parseNumber(start);
        if (num == null || num.ratio() || num.value() <= 0) {
            return null;
        }
        double scale = 1;
        int last = num.last();
        Token s = w.get(last + 1);
        if (num.scaled()) {
            return null; // two or three million: the words carry their own scale, too rare to split
        }
        if (s != null && s.isWord()) {
            Double sc = NumberWords.SCALES.get(s.lower());
            if (sc == null && !num.words()) {
                sc = NumberWords.ABBREVIATED_SCALES.get(s.lower());
                if (sc != null && !units.abbreviatedScaleApplies(s, last + 1, currency)) {
                    sc = null;
                }
            }
            if (sc != null) {
                scale = sc;
                last++;
            }
        }
        int[] end = new int[1];
        UnitLexicon.UnitDef def = currency == null ? units.unitAt(last + 1, end, false, scale != 1) : null;
        if (def == null && scale == 1 && currency == null) {
            return null;
        }
        if (def != null && def.kind() == FigureKind.MONEY && currency != null) {
            def = null;
        }
        return new Shared(scale, def, currency);
    }

    private static final Map<String, Integer> MULTIPLES = Map.of(
            "twice", 2, "double", 2, "triple", 3, "treble", 3, "quadruple", 4);
    private static final Set<String> MULTIPLE_OF = Set.of("what", "the", "as", "that", "its", "their");
    /** Words before {@code double the} that make it a verb: {@code plans to double the fee}. */
    private static final Set<String> MULTIPLE_AS_VERB = Set.of(
            "to", "will", "would", "could", "can", "should", "may", "might", "must", "did", "not", "and", "or");

    /**
     * The multiple written as a word at k ({@code twice what it cost}, {@code double the fees}), or 0: twice alone
     * counts occasions, and after {@code to} or a modal {@code double} is a verb.
     */
    int multiple(int k) {
        Integer multiple = MULTIPLES.get(w.get(k).lower());
        Token next = w.get(k + 1);
        Token prev = w.get(k - 1);
        if (multiple == null || next == null || !MULTIPLE_OF.contains(next.lower())) {
            return 0;
        }
        return w.is(k, "twice") || prev == null || !MULTIPLE_AS_VERB.contains(prev.lower()) ? multiple : 0;
    }

    /** {@code -in-} at k, glued on both sides: {@code one-in-three}. */
    boolean dashedRatio(int k) {
        return w.dashJoined(k) && w.is(k + 1, "in") && !t.get(k + 1).spaced() && w.dashJoined(k + 2)
                && w.get(k + 3) != null && !t.get(k + 3).spaced();
    }

    /** {@code in five}, {@code out of four}, {@code in every ten}, {@code -in-three}: the denominator, or 0. */
    double ratioDenominator(int k, int[] end) {
        if (dashedRatio(k)) {
            k += 3;
            if (!(w.get(k).isNumber() || NumberWords.isCardinal(w.get(k).lower()))) {
                return 0;
            }
        } else if (w.is(k, "in")) {
            k++;
        } else if (w.is(k, "out") && w.is(k + 1, "of")) {
            k += 2;
        } else {
            return 0;
        }
        if (w.is(k, "every")) {
            k++;
        }
        Token d = w.get(k);
        if (d == null) {
            return 0;
        }
        double v;
        if (d.isNumber() && d.text().indexOf('.') < 0) {
            v = NumberReader.parseDigits(d.text());
        } else if (NumberWords.isCardinal(d.lower())) {
            NumberReader.Num words = numbers.parseCardinalWords(k);
            if (words == null || words.scaled()) {
                return 0;
            }
            v = words.value();
            k = words.last();
        } else {
            return 0;
        }
        if (v < 2 || v > 1000 || units.followedByUnit(k)) {
            return 0;
        }
        end[0] = k;
        return v;
    }
}
