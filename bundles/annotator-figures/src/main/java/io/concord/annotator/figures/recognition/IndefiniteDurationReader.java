package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Set;

import io.concord.language.UnitConversions;

/**
 * Reads durations written without a number: {@code a day}, {@code an hour}, {@code a year} are one unit, unless
 * they make a rate ({@code $5 a day}, {@code twice a year}) or a compound ({@code a year-long war}).
 */
final class IndefiniteDurationReader {
    private static final double CONF_INDEFINITE = 0.55;

    private static final Set<String> INDEFINITE_UNITS = Set.of(
            "hour", "day", "week", "fortnight", "month", "year", "decade", "century");

    private static final Set<String> RATE_WORDS = Set.of("times", "once", "twice", "thrice", "per");

    private final TokenWindow w;
    private final List<Token> t;
    private final UnitReader units;

    IndefiniteDurationReader(TokenWindow w, UnitReader units) {
        this.w = w;
        this.t = w.tokens();
        this.units = units;
    }

    /**
     * Whether the figure just before, with a short phrase after it, is what the period rates: {@code an hour of
     * reading a day}, {@code 12 extra trains a day}.
     */
    private boolean ratedPhrase(int i, int lastFigureEnd) {
        if (lastFigureEnd < i - 3 || lastFigureEnd >= i) {
            return false;
        }
        for (int k = lastFigureEnd; k < i; k++) {
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return w.is(lastFigureEnd, "of") || MeasuredNoun.isPlural(t.get(i - 1).lower());
    }

    /** {@code a year and a half} from the article at i: one and a half units. */
    private FigureMatch halfMore(int i) {
        int[] end = new int[1];
        UnitLexicon.UnitDef def = units.unitAt(i + 1, end, false, false);
        if (def == null || def.kind() != FigureKind.DURATION) {
            return null;
        }
        UnitConversions.Normalized norm = UnitConversions.toBase(1.5, def.code()).orElseThrow();
        return new FigureMatch(t.get(i).begin(), t.get(i + 4).end(), FigureKind.DURATION, 1.5, null, def.code(),
                Hedges.before(w, i), norm.value(), norm.unit(), null, CONF_INDEFINITE);
    }

    /**
     * The duration of the article at i and the unit after it, or null. {@code lastFigureEnd} is the token index
     * just after the last figure found, which makes {@code $5 a day} a rate.
     */
    FigureMatch at(int i, int lastFigureEnd) {
        Token unit = w.get(i + 1);
        if (unit == null || !unit.spaced() || !INDEFINITE_UNITS.contains(unit.lower())) {
            return null;
        }
        Token prev = w.get(i - 1);
        // a rate, not a duration: $5 a day, 2m barrels a day, three meals a day, twice a year
        boolean rate = lastFigureEnd == i || lastFigureEnd == i - 1 && prev != null && prev.isWord()
                && (MeasuredNoun.isPlural(prev.lower()) || CountryCurrencies.isSharedName(prev.lower()))
                || ratedPhrase(i, lastFigureEnd);
        boolean relative = w.is(i + 2, "earlier") || w.is(i + 2, "later") || w.is(i + 2, "ago") || w.is(i + 2, "before")
                || w.is(i + 2, "after");
        if (!relative && (rate || prev != null && (prev.isNumber() || RATE_WORDS.contains(prev.lower())))) {
            return null;
        }
        Token after = w.get(i + 2);
        if (after != null && after.is("and") && w.is(i + 3, "a") && w.is(i + 4, "half")
                && INDEFINITE_UNITS.contains(unit.lower()) && !relative) {
            return halfMore(i);
        }
        if (after != null && (after.isDash() && !after.spaced() || after.is("or") || after.is("and")
                || after.isSymbol('\'') || after.isSymbol('’'))) {
            return null; // a year-long war, a day or two, a day's work
        }
        int[] end = new int[1];
        UnitLexicon.UnitDef def = units.unitAt(i + 1, end, false, false);
        if (def == null || def.kind() != FigureKind.DURATION) {
            return null;
        }
        UnitConversions.Normalized norm = UnitConversions.toBase(1, def.code()).orElseThrow();
        String measured = null;
        return new FigureMatch(t.get(i).begin(), unit.end(), FigureKind.DURATION, 1, null, def.code(),
                Hedges.before(w, i), norm.value(), norm.unit(), measured, CONF_INDEFINITE);
    }
}
