package io.concord.conflicts.figures;

import java.util.Locale;

import io.concord.api.model.AnnotationRecord;

/**
 * A figure as an interval in the base unit of its dimension: what the text allows the true value to be,
 * given its hedge and the precision it was written with. Two figures agree when their intervals meet.
 *
 * @param dimension {@code count}, {@code percent}, {@code area}, {@code length}, {@code mass}, {@code time},
 *                  {@code money:EUR}, ...
 * @param value     the stated value in base units
 */
public record Quantity(String dimension, double value, double low, double high, String qualifier) {

    /** How wide hedges and rounding are read. */
    public record Tolerance(double approx, double hedgeReach, double roundingCap) {
        public static final Tolerance DEFAULT = new Tolerance(0.05, 0.15, 0.025);
    }

    /** The quantity of a figure annotation, or null when it is a date or its value or unit cannot be read. */
    public static Quantity of(AnnotationRecord figure, String documentText, Tolerance tol) {
        String kind = figure.string("kind");
        if ("date".equals(kind) || figure.attributes().get("value") instanceof String) {
            return null;
        }
        NumberParser.Parsed parsed = NumberParser.parse(figure.text());
        Double value = figure.number("value");
        if (value == null) {
            if (parsed == null) {
                return null;
            }
            value = parsed.value();
        }
        double half = parsed != null && sameMagnitude(parsed.value(), value) ? parsed.halfUnit() : 0.5;
        if (parsed != null && !sameMagnitude(parsed.value(), value) && parsed.value() != 0) {
            half = parsed.halfUnit() * Math.abs(value / parsed.value());
        }
        String unitCode = figure.string("unit");
        Units.Unit unit = Units.byCode(unitCode);
        if (unit == null && !"count".equals(kind)) {
            unit = Units.inText(figure.text());
        }
        String dimension;
        double factor = 1;
        if ("ratio".equals(kind)) {
            // a ratio is a share: two-thirds and 67% state the same
            dimension = "percent";
            factor = 100;
            half = Math.max(half, 0.005);
        } else if (unit != null) {
            dimension = unit.dimension();
            factor = unit.factor();
        } else if (kind == null || "count".equals(kind)) {
            dimension = "count";
        } else {
            return null;
        }
        if (unit == null && "percent".equals(kind)) {
            dimension = "percent";
        }
        String qualifier = qualifier(figure, documentText);
        double v = value * factor;
        double h = Math.min(half * factor, tol.roundingCap() * Math.abs(v));
        if (h == 0) {
            h = 1e-9;
        }
        double low;
        double high;
        switch (qualifier) {
            case "approx" -> {
                double a = Math.max(2 * h, tol.approx() * Math.abs(v));
                low = v - a;
                high = v + a;
            }
            case "over" -> {
                low = v;
                high = v + Math.max(2 * h, tol.hedgeReach() * Math.abs(v));
            }
            case "under" -> {
                low = v - Math.max(2 * h, tol.hedgeReach() * Math.abs(v));
                high = v;
            }
            // A bound reaches no further than "over"/"under": "at least 41 dead" next to "53 dead" is a
            // different toll to a reader, even though 53 satisfies the bound.
            case "at-least" -> {
                low = v;
                high = v + Math.max(2 * h, tol.hedgeReach() * Math.abs(v));
            }
            case "at-most" -> {
                low = v - Math.max(2 * h, tol.hedgeReach() * Math.abs(v));
                high = v;
            }
            default -> {
                low = v - h;
                high = v + h;
            }
        }
        return new Quantity(dimension, v, low, high, qualifier);
    }

    private static boolean sameMagnitude(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    /** The annotated qualifier, unless it says exact and the text shows a hedge (annotators miss hedges). */
    static String qualifier(AnnotationRecord figure, String text) {
        String q = figure.string("qualifier");
        q = q == null ? "exact" : q.toLowerCase(Locale.ROOT);
        if (q.equals("exact") && text != null && figure.begin() <= text.length()) {
            String hedge = Hedges.before(text, figure.begin());
            if (hedge != null) {
                return hedge;
            }
        }
        return q;
    }

    public boolean agrees(Quantity other) {
        return dimension.equals(other.dimension) && low <= other.high && other.low <= high;
    }

    /** Distance between the two intervals relative to the larger value; 0 when they meet. */
    public double gap(Quantity other) {
        double g = Math.max(other.low - high, low - other.high);
        if (g <= 0) {
            return 0;
        }
        return g / Math.max(Math.abs(value), Math.abs(other.value));
    }

    /** Width of the interval, for ordering figures from the most precise. */
    public double width() {
        return high - low;
    }
}
