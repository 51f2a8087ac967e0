package io.concord.conflicts.figures;

import java.util.Set;

import io.concord.conflicts.figures.FigureRule.Item;

/**
 * Two figures of one dimension written in different units, one a conversion of the other told in round terms:
 * "about 2 km" and "little more than a mile" (1.24 miles), "some 3 miles" and "about 5 km". A writer who converts
 * rounds to a whole number of the new unit and hedges it, so a hedged figure reaches half a unit of its last digit
 * either way of its value (on its side of a bound), however small that unit is against the value: the rounding
 * cap that keeps "19,000" close to 19,000 does not hold for "a mile". An exact figure ("1 mile") claims its value.
 */
final class ConvertedFigures {
    private static final Set<String> ABOVE = Set.of("over", "at-least");
    private static final Set<String> BELOW = Set.of("under", "at-most");

    private ConvertedFigures() {}

    /** Whether two figures in different units of one dimension agree once their hedges reach their rounding. */
    static boolean agree(Item x, Item y) {
        String ux = x.figure().string("unit");
        String uy = y.figure().string("unit");
        if (ux == null || uy == null || ux.equals(uy) || !x.quantity().dimension().equals(y.quantity().dimension())) {
            return false;
        }
        double[] a = reach(x);
        double[] b = reach(y);
        return a != null && b != null && a[0] <= b[1] && b[0] <= a[1];
    }

    /** A hedged figure's interval widened to half a unit of its last written digit; null for an exact figure. */
    private static double[] reach(Item it) {
        Quantity q = it.quantity();
        Double written = it.figure().number("value");
        String qualifier = q.qualifier();
        if (written == null || written == 0 || !(qualifier.equals("approx") || ABOVE.contains(qualifier)
                || BELOW.contains(qualifier))) {
            return qualifier.equals("exact") ? new double[] {q.low(), q.high()} : null;
        }
        double half = Quantity.halfUnit(written) * q.value() / written;
        double low = BELOW.contains(qualifier) || qualifier.equals("approx") ? Math.min(q.low(), q.value() - half) : q.low();
        double high = ABOVE.contains(qualifier) || qualifier.equals("approx") ? Math.max(q.high(), q.value() + half) : q.high();
        return new double[] {low, high};
    }
}
