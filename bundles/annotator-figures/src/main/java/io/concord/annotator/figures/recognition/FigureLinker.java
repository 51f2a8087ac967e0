package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Objects;

/**
 * Links the figures of one document once they are all found: a bracketed figure that restates the one before,
 * a count that stands for its noun and takes it from an earlier count, and the two bounds of
 * {@code between ... and ...}.
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
