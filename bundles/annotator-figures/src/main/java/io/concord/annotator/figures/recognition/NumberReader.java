package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Set;

import io.concord.language.FunctionWords;

/**
 * Reads the number that starts at a token: digits (with a glued vulgar fraction or {@code /d}), number words
 * ({@code ninety}, {@code twenty-five}, {@code one hundred and twenty}), {@code a dozen}, {@code a million},
 * fractions ({@code two-thirds}, {@code a third of}, {@code half}) and a trailing {@code and a half}. It says how
 * the number was written; what follows it (multiplier, unit) is left to the caller.
 */
final class NumberReader {
    /** A parsed number: tokens first..last, its value, and how it was written. */
    record Num(int first, int last, double value, boolean words, boolean ratio, boolean scaled) {}

    /** Units of distance that {@code a} counts one of ({@code a mile}); others after {@code a} are idioms or rates. */
    private static final Set<String> DISTANCES = Set.of("km", "mi", "m");

    /** Determiners after {@code half} that make it a share: {@code half the country}. */
    private static final Set<String> SHARE_DETERMINERS = Set.of(
            "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "all");

    private final TokenWindow w;
    private final List<Token> t;
    private final int n;
    private final UnitReader units;

    NumberReader(TokenWindow w, UnitReader units) {
        this.w = w;
        this.t = w.tokens();
        this.n = w.size();
        this.units = units;
    }

    /** Cardinal digits, number words, fractions; null when nothing numeric starts at j. */
    Num parseNumber(int j) {
        Token tok = w.get(j);
        if (tok == null) {
            return null;
        }
        if (tok.isNumber()) {
            double v = parseDigits(tok.text());
            int last = j;
            Token next = w.get(j + 1);
            if (next != null && !next.spaced() && NumberWords.VULGAR_FRACTIONS.containsKey(next.text())) {
                v += NumberWords.VULGAR_FRACTIONS.get(next.text());
                last++;
            } else if (next != null && next.isSymbol('/') && !next.spaced() && w.get(j + 2) != null
                    && t.get(j + 2).isNumber() && !t.get(j + 2).spaced()) {
                double d = parseDigits(t.get(j + 2).text());
                if (d >= 2 && d <= 10 && v < d && !(w.get(j + 3) != null && t.get(j + 3).isSymbol('/'))) {
                    return new Num(j, j + 2, v / d, false, true, false);
                }
                return null;
            }
            int andHalf = andAHalf(last + 1);
            if (andHalf > 0) {
                return new Num(j, andHalf, v + 0.5, false, false, false);
            }
            return new Num(j, last, v, false, false, false);
        }
        if (tok.type() == Token.Type.SYMBOL) {
            Double f = NumberWords.VULGAR_FRACTIONS.get(tok.text());
            return f == null ? null : new Num(j, j, f, false, true, false);
        }
        Num words = parseWords(j);
        if (words != null && words.ratio() && w.is(words.last() + 1, "of")
                && (w.is(words.last() + 2, "a") || w.is(words.last() + 2, "an")) && w.get(words.last() + 3) != null) {
            // a quarter of a million pounds: a fraction of a scale word is a number, not a share
            Double scale = NumberWords.SCALES.get(t.get(words.last() + 3).lower());
            if (scale != null && scale >= 1e3) {
                return new Num(words.first(), words.last() + 3, words.value() * scale, true, false, true);
            }
        }
        return words;
    }

    private Num parseWords(int j) {
        Token tok = t.get(j);
        Token next = w.get(j + 1);
        if (tok.is("a") || tok.is("an")) {
            if (next == null || !next.spaced() || !next.isWord()) {
                return null;
            }
            if (next.is("dozen")) {
                return new Num(j, j + 1, 12, true, false, false);
            }
            Double scale = NumberWords.SCALES.get(next.lower());
            if (scale != null && scale >= 100 && !next.is("lakh") && !next.is("crore")) {
                int last = j + 1;
                int andHalf = andAHalf(last + 1);
                double v = scale;
                if (andHalf > 0) {
                    v = scale * 1.5;
                    last = andHalf;
                }
                return new Num(j, last, v, true, false, true);
            }
            if (standsForOne(j + 1)) {
                return new Num(j, j, 1, true, false, false); // the unit is read next: a percentage point
            }
            // cut by a fifth since May, less than a third: after by, than or a hedge the word is a share, unless a
            // noun follows (bought by a third party)
            Token after = w.get(j + 2);
            boolean noNoun = after == null || !after.isWord() || NonFigureFilter.isFunctionWord(after.lower());
            if (NumberWords.isSingularDenominator(next.lower()) && (fractionFollows(j + 2)
                    || noNoun && (w.is(j - 1, "by") || w.is(j - 1, "than") || hedgedBefore(j)))) {
                return new Num(j, j + 1, 1.0 / NumberWords.DENOMINATORS.get(next.lower()), true, true, false);
            }
            return null;
        }
        if (tok.is("half")) {
            return parseHalf(j);
        }
        // numerator + denominator: two-thirds, three quarters, one-fifth
        Integer small = NumberWords.SMALL.get(tok.lower());
        if (small != null && small >= 1 && small <= 10 && next != null && next.isDash() && !next.spaced()) {
            Token den = w.get(j + 2);
            if (den != null && !den.spaced() && isDenominatorFor(small, den.lower())) {
                return new Num(j, j + 2, (double) small / NumberWords.DENOMINATORS.get(den.lower()), true, true,
                        false);
            }
        } else if (small != null && small >= 1 && small <= 10 && next != null && next.spaced()
                && isDenominatorFor(small, next.lower()) && (small > 1 || fractionFollows(j + 2))) {
            return new Num(j, j + 1, (double) small / NumberWords.DENOMINATORS.get(next.lower()), true, true, false);
        }
        return parseCardinalWords(j);
    }

    /** {@code ninety}, {@code twenty-five}, {@code one hundred and twenty}, {@code ninety billion}. */
    Num parseCardinalWords(int j) {
        double total = 0;
        double current = 0;
        int last = -1;
        boolean scaled = false;
        int k = j;
        String previous = null; // "small", "tens", "hundred", "scale"
        while (k < n) {
            Token tok = t.get(k);
            if (k > j && !tok.spaced() || !tok.isWord()) {
                break;
            }
            Integer small = NumberWords.SMALL.get(tok.lower());
            Integer tens = NumberWords.TENS.get(tok.lower());
            Double scale = NumberWords.SCALES.get(tok.lower());
            if (small != null) {
                if ("small".equals(previous) || ("tens".equals(previous) && small >= 10)) {
                    break;
                }
                current += small;
                previous = "small";
                last = k++;
            } else if (tens != null) {
                if ("small".equals(previous) || "tens".equals(previous)) {
                    break;
                }
                current += tens;
                previous = "tens";
                last = k++;
                // twenty-five
                if (w.dashJoined(k) && w.get(k + 1) != null && !t.get(k + 1).spaced()) {
                    Integer unit = NumberWords.SMALL.get(t.get(k + 1).lower());
                    if (unit != null && unit >= 1 && unit <= 9) {
                        current += unit;
                        previous = "small";
                        last = k + 1;
                        k += 2;
                    }
                }
            } else if (tok.is("hundred") && ("small".equals(previous) || "tens".equals(previous))
                    || scale != null && !tok.is("hundred") && previous != null && !"scale".equals(previous)) {
                if (tok.is("hundred")) {
                    current = (current == 0 ? 1 : current) * 100;
                    previous = "hundred";
                } else {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                    previous = "scale";
                }
                scaled = true;
                last = k++;
            } else if (tok.is("and") && ("hundred".equals(previous) || "scale".equals(previous)) && k + 1 < n
                    && NumberWords.isCardinal(t.get(k + 1).lower())) {
                k++;
            } else {
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        double value = total + current;
        int andHalf = andAHalf(last + 1);
        if (andHalf > 0 && !scaled) {
            return new Num(j, andHalf, value + 0.5, true, false, false);
        }
        return new Num(j, last, value, true, false, scaled);
    }

    /** {@code half of}, {@code half a million}, {@code half an hour}. */
    private Num parseHalf(int j) {
        Token prev = w.get(j - 1);
        if (prev != null && (prev.is("the") || prev.is("first") || prev.is("second") || prev.is("a")
                || prev.is("and") || prev.is("latter") || prev.is("other"))) {
            return null;
        }
        if (prev != null && prev.isDash() && !prev.spaced() && !t.get(j).spaced() && w.get(j - 2) != null
                && w.get(j - 2).isWord()) {
            return null; // fly-half, scrum-half, second-half: the end of a compound noun, no share
        }
        Token next = w.get(j + 1);
        if (next == null) {
            return new Num(j, j, 0.5, true, true, false);
        }
        if (!next.spaced()) {
            return next.type() == Token.Type.SYMBOL && !next.isDash() ? new Num(j, j, 0.5, true, true, false) : null;
        }
        if ((next.is("a") || next.is("an")) && w.get(j + 2) != null) {
            Token after = t.get(j + 2);
            Double scale = NumberWords.SCALES.get(after.lower());
            if (scale != null && scale >= 1000) {
                return new Num(j, j + 2, 0.5 * scale, true, false, true);
            }
            int[] end = new int[1];
            UnitLexicon.UnitDef unit = units.unitAt(j + 2, end, false, false);
            if (unit != null && unit.kind() != FigureKind.MONEY) {
                return new Num(j, j + 1, 0.5, true, false, false); // the unit is read next: half an hour
            }
            return null;
        }
        if (next.is("of") || SHARE_DETERMINERS.contains(next.lower()) || hedgedBefore(j)) {
            return new Num(j, j, 0.5, true, true, false); // half of, half the, almost half
        }
        return null;
    }

    /**
     * Whether {@code a}/{@code an} before the unit at k is the number one: {@code a percentage point},
     * {@code a basis point}, {@code a dollar} or {@code a euro} where the phrase ends there ({@code fares cut to a
     * dollar}, {@code a dollar a gallon}) and is not a noun's modifier ({@code a dollar store}); never
     * {@code a pound}, which as often weighs.
     */
    private boolean standsForOne(int k) {
        int[] end = new int[1];
        UnitLexicon.UnitDef unit = units.unitAt(k, end, false, false);
        if (unit == null || unit.factor() != 1 || w.get(k).lower().startsWith("pound")) {
            return false;
        }
        if (unit.kind() == FigureKind.PERCENT) {
            return unit.code().equals("pp") || unit.code().equals("bp");
        }
        if (unit.kind() == FigureKind.MEASURE) {
            // a mile from the school, almost a metre above: a distance; after a number it is a rate ($3 a mile)
            Token before = w.get(k - 2);
            return DISTANCES.contains(unit.code()) && (before == null || !before.isNumber()
                    && units.unitAt(k - 2, new int[1], false, false) == null);
        }
        if (unit.kind() != FigureKind.MONEY) {
            return false;
        }
        Token after = w.get(end[0] + 1);
        return after == null || after.type() == Token.Type.SYMBOL && !after.isDash()
                || after.isWord() && after.spaced() && FunctionWords.contains(after.lower());
    }

    private boolean isDenominatorFor(int numerator, String lower) {
        Integer d = NumberWords.DENOMINATORS.get(lower);
        if (d == null || numerator >= d) {
            return false;
        }
        boolean plural = lower.endsWith("s");
        return numerator == 1 ? !plural : plural;
    }

    /** A singular fraction ({@code a third}) is a share only before {@code of} or punctuation, not {@code a third term}. */
    private boolean fractionFollows(int k) {
        Token tok = w.get(k);
        return tok == null || tok.is("of") || tok.type() == Token.Type.SYMBOL && !tok.isDash();
    }

    /** {@code and a half} after a number: the index of {@code half}, or -1. */
    private int andAHalf(int k) {
        return w.is(k, "and") && w.is(k + 1, "a") && w.is(k + 2, "half") ? k + 2 : -1;
    }

    private boolean hedgedBefore(int i) {
        return Hedges.before(w, i) != Qualifier.EXACT;
    }

    static double parseDigits(String s) {
        return Double.parseDouble(s.indexOf(',') >= 0 ? s.replace(",", "") : s);
    }

    /** A value rounded to four decimals, as a fraction or a converted unit is stated. */
    static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
