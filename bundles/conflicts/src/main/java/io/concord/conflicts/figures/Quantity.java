package io.concord.conflicts.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import io.concord.api.model.AnnotationRecord;
import io.concord.language.UnitConversions;

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

    /**
     * The quantity of a figure annotation, from what the figures annotator found (value, unit, normalised
     * value, stated range, qualifier); null when it is a date or its value or dimension is unknown. The
     * precision is that of the value as written: {@code 19,000} is read to the nearest 500.
     */
    public static Quantity of(AnnotationRecord figure, Tolerance tol) {
        String kind = figure.string("kind");
        if ("date".equals(kind) || figure.attributes().get("value") instanceof String) {
            return null;
        }
        Double value = figure.number("value");
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        String unit = figure.string("unit");
        double half = halfUnit(value);
        String dimension;
        double factor = 1;
        if ("ratio".equals(kind)) {
            // a ratio is a share: two-thirds and 67% state the same
            dimension = "percent";
            factor = 100;
            half = Math.max(half, 0.005);
        } else if ("percent".equals(kind) || "%".equals(unit) || "pp".equals(unit)) {
            dimension = "pp".equals(unit) ? "percentage points" : "bp".equals(unit) ? "basis points" : "percent";
        } else if ("money".equals(kind)) {
            if (unit == null) {
                return null;
            }
            dimension = "money:" + unit;
        } else if (kind == null || "count".equals(kind)) {
            dimension = "count";
        } else {
            Optional<UnitConversions.Normalized> base = normalized(figure, value, unit);
            if (base.isEmpty()) {
                return unit == null ? null : interval("unit:" + unit, value, 1, half, figure, tol);
            }
            dimension = base.get().unit();
            factor = value == 0 ? 1 : base.get().value() / value;
        }
        return interval(dimension, value, factor, half, figure, tol);
    }

    /** The annotator's normalised value, or the same conversion done here for a figure added by hand. */
    private static Optional<UnitConversions.Normalized> normalized(AnnotationRecord figure, double value, String unit) {
        Double normalizedValue = figure.number("normalizedValue");
        String normalizedUnit = figure.string("normalizedUnit");
        if (normalizedValue != null && normalizedUnit != null) {
            return Optional.of(new UnitConversions.Normalized(normalizedValue, normalizedUnit));
        }
        return unit == null ? Optional.empty() : UnitConversions.toBase(value, unit);
    }

    private static Quantity interval(String dimension, double value, double factor, double half, AnnotationRecord figure,
                                     Tolerance tol) {
        String qualifier = figure.string("qualifier");
        qualifier = qualifier == null ? "exact" : qualifier.toLowerCase(Locale.ROOT);
        double v = value * factor;
        Double low = figure.number("low");
        Double high = figure.number("high");
        if (low != null && high != null && low < high) {
            // a stated range (40-50) is exactly what the text allows
            return new Quantity(dimension, v, low * factor, high * factor, qualifier);
        }
        double h = Math.min(half * factor, tol.roundingCap() * Math.abs(v));
        if (h == 0) {
            h = 1e-9;
        }
        double lo;
        double hi;
        switch (qualifier) {
            case "approx" -> {
                double a = Math.max(2 * h, tol.approx() * Math.abs(v));
                lo = v - a;
                hi = v + a;
            }
            // A bound reaches no further than "over"/"under": "at least 41 dead" next to "53 dead" is a
            // different toll to a reader, even though 53 satisfies the bound.
            case "over", "at-least" -> {
                lo = v;
                hi = v + Math.max(2 * h, tol.hedgeReach() * Math.abs(v));
            }
            case "under", "at-most" -> {
                lo = v - Math.max(2 * h, tol.hedgeReach() * Math.abs(v));
                hi = v;
            }
            default -> {
                lo = v - h;
                hi = v + h;
            }
        }
        return new Quantity(dimension, v, lo, hi, qualifier);
    }

    /**
     * Half a unit of the last significant digit of a value as written: 19000 is 19,000 give or take 500,
     * 3.5e6 is 3.5 million give or take 50,000, 19.3 give or take 0.05. Small whole numbers are exact.
     */
    static double halfUnit(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 100) {
            return 0.5;
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return 0.5 * Math.pow(10, -d.scale());
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
