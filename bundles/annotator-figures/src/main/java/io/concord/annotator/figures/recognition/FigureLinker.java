package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.concord.language.UnitConversions;

/**
 * Links the figures of one document once they are all found: a bracketed figure that restates the one before,
 * a count that stands for its noun and takes it from an earlier count, and the two bounds of
 * {@code between ... and ...}, and a bare number compared with a figure ({@code to 4.5m ha from 4.7m}).
 */
final class FigureLinker {
    private final String text;

    FigureLinker(String text) {
        this.text = text;
    }

    /**
     * Links the figures in {@code out} in place; {@code elliptic} holds the indexes in {@code out} of counts used
     * as nouns ({@code at least 6,000 have been placed}).
     */
    void link(List<FigureMatch> out, List<Integer> elliptic) {
        linkParentheticals(out);
        linkElliptic(out, elliptic);
        linkBetween(out);
        linkCompared(out);
        linkHedgedRange(out);
    }

    /** What joins the two ends of a range written out: {@code 10% to 15%}, {@code six or eight weeks}. */
    private static final Pattern RANGE_JOIN = Pattern.compile(" (?:to|or) ");

    /**
     * A guess over a range guesses both its ends: {@code roughly 10% to 15%}, {@code about six to eight weeks}.
     * Only an approximating hedge carries over; {@code more than 10 to 15} says nothing of the upper end.
     */
    private void linkHedgedRange(List<FigureMatch> out) {
        for (int k = 1; k < out.size(); k++) {
            FigureMatch a = out.get(k - 1);
            FigureMatch b = out.get(k);
            if (a.qualifier() == Qualifier.APPROX && a.hedge() != null && b.qualifier() == Qualifier.EXACT
                    && b.hedge() == null && a.kind() == b.kind() && Objects.equals(a.unit(), b.unit())
                    && RANGE_JOIN.matcher(text.substring(a.end(), b.begin())).matches()) {
                out.set(k, b.withQualifier(Qualifier.APPROX));
            }
        }
    }

    /** What joins a figure to a bare number it is compared with: {@code 3.2m barrels from 3.6m}. */
    private static final Pattern COMPARED = Pattern.compile(
            ",? (?:(?:up |down )?from|against|compared (?:with|to)|versus|vs\\.?) ");

    /** 85p, 99 cents: valued in the main unit, so a bare number after them is not in that unit's scale. */
    private static final Pattern SUBUNIT = Pattern.compile("\\d\\s*(?:cents|cent|pence|p|c)$");

    /**
     * A bare number compared with the figure right before it is in that figure's unit: {@code fell to 3.2 million
     * barrels from 3.6 million} (both barrels).
     */
    private void linkCompared(List<FigureMatch> out) {
        for (int k = 1; k < out.size(); k++) {
            FigureMatch a = out.get(k - 1);
            FigureMatch b = out.get(k);
            boolean unitFigure = a.kind() == FigureKind.MEASURE || a.kind() == FigureKind.PERCENT
                    || a.kind() == FigureKind.MONEY;
            if (!unitFigure || b.kind() != FigureKind.COUNT || b.measured() != null || a.unit() == null
                    || !COMPARED.matcher(text.substring(a.end(), b.begin())).matches()
                    || SUBUNIT.matcher(text.substring(a.begin(), a.end())).find()) {
                continue;
            }
            Double normalized = null;
            String normalizedUnit = null;
            if (a.normalizedUnit() != null && UnitConversions.knows(a.unit())) {
                UnitConversions.Normalized norm = UnitConversions.toBase(b.value(), a.unit()).orElseThrow();
                normalized = norm.value();
                normalizedUnit = norm.unit();
            }
            out.set(k, new FigureMatch(b.begin(), b.end(), a.kind(), b.value(), null, a.unit(), b.qualifier(),
                    normalized, normalizedUnit, a.measured(), b.confidence(), b.range(), b.hedge()));
        }
    }

    /**
     * A figure in brackets right after another restates it in other units ({@code 701 sq km (270 square miles)}):
     * both share the hedge and what they measure.
     */
    private void linkParentheticals(List<FigureMatch> out) {
        for (int k = 1; k < out.size(); k++) {
            FigureMatch a = out.get(k - 1);
            FigureMatch b = out.get(k);
            if (!text.substring(a.end(), b.begin()).strip().equals("(") || a.kind() == FigureKind.DATE) {
                continue;
            }
            if (b.qualifier() == Qualifier.EXACT && a.qualifier() != Qualifier.EXACT) {
                b = b.withQualifier(a.qualifier());
            }
            if (b.measured() == null && a.measured() != null) {
                b = b.withMeasured(a.measured());
            } else if (a.measured() == null && b.measured() != null) {
                out.set(k - 1, a.withMeasured(b.measured()));
            }
            out.set(k, b);
        }
    }

    /**
     * {@code between $2bn and $3bn}: two figures, each as stated (the gold's reading: a spelled-out range is two
     * exact figures), both carrying the range, so that a comparison sees the interval the text allows.
     */
    private void linkBetween(List<FigureMatch> out) {
        for (int k = 1; k < out.size(); k++) {
            FigureMatch a = out.get(k - 1);
            FigureMatch b = out.get(k);
            if (a.kind() == FigureKind.DATE || a.qualifier() != Qualifier.EXACT || b.qualifier() != Qualifier.EXACT
                    || !text.substring(a.end(), b.begin()).strip().equals("and")) {
                continue;
            }
            String before = text.substring(Math.max(0, a.begin() - 9), a.begin()).stripTrailing();
            if ((before.endsWith(" between") || before.endsWith("Between") || before.equals("between"))
                    && a.kind() == b.kind() && Objects.equals(a.unit(), b.unit())) {
                FigureMatch.Range range = new FigureMatch.Range(Math.min(a.value(), b.value()),
                        Math.max(a.value(), b.value()));
                out.set(k - 1, a.withRange(range));
                out.set(k, b.withRange(range));
            }
        }
    }

    /**
     * A count that stands for its noun takes what the closest count before it in the same paragraph counts:
     * {@code more than 19,000 children have been taken; at least 6,000 have been placed} (both children).
     */
    private void linkElliptic(List<FigureMatch> out, List<Integer> elliptic) {
        for (int k : elliptic) {
            FigureMatch m = out.get(k);
            for (int b = k - 1; b >= 0; b--) {
                FigureMatch before = out.get(b);
                if (m.begin() - before.end() > 300 || text.substring(before.end(), m.begin()).contains("\n\n")) {
                    break;
                }
                if (before.kind() == FigureKind.COUNT && before.measured() != null) {
                    out.set(k, m.withMeasured(before.measured()));
                    break;
                }
            }
        }
    }
}
