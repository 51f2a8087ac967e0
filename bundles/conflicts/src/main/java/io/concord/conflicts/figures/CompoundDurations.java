package io.concord.conflicts.figures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;
import io.concord.language.UnitConversions;

/**
 * A duration told in two units ({@code an hour and ten minutes}, {@code two hours and 30 minutes}) is one
 * quantity, however the annotator marked it (the two parts, or the smaller part alone after {@code an hour and}):
 * its last part carries the whole, so it is compared with {@code 70 minutes}, and the first part is left out.
 */
final class CompoundDurations {
    /** What may join the parts: {@code two hours and 30 minutes}, {@code 1 hour, 20 minutes}, {@code 1 hour 20 minutes}. */
    private static final Pattern JOIN = Pattern.compile(",? and |, | ");
    /** A larger unit written with an article before the last part: {@code an hour and ten minutes}. */
    private static final Pattern ONE_BEFORE = Pattern.compile("(?i)\\b(?:an?|one) (hour|day|week|month|year)(?:,? and |, )$");
    private static final Map<String, String> UNIT_CODES = Map.of("hour", "h", "day", "d", "week", "week", "month",
            "month", "year", "year");

    private CompoundDurations() {}

    /**
     * Folds the parts of each compound duration of one document's figures (in text order) into its last part's
     * quantity; a first part's quantity becomes null.
     */
    static void join(String text, List<AnnotationRecord> figures, List<Quantity> quantities) {
        for (int f = 0; f < figures.size(); f++) {
            Quantity q = quantities.get(f);
            Double perUnit = perUnit(figures.get(f), q);
            if (perUnit == null) {
                continue;
            }
            AnnotationRecord part = figures.get(f);
            Quantity before = f > 0 ? quantities.get(f - 1) : null;
            Double beforePerUnit = f > 0 ? perUnit(figures.get(f - 1), before) : null;
            if (beforePerUnit != null && before.dimension().equals(q.dimension()) && beforePerUnit > 1.5 * perUnit
                    && figures.get(f - 1).end() <= part.begin()
                    && JOIN.matcher(text.substring(figures.get(f - 1).end(), part.begin())).matches()) {
                quantities.set(f, plus(q, before.value(), before.low(), before.high(), before.qualifier()));
                quantities.set(f - 1, null);
                continue;
            }
            Matcher m = ONE_BEFORE.matcher(text).region(Math.max(0, part.begin() - 16), part.begin());
            if (m.find()) {
                double larger = UnitConversions.toBase(1, UNIT_CODES.get(m.group(1).toLowerCase(Locale.ROOT)))
                        .map(UnitConversions.Normalized::value).orElse(0.0);
                if (larger > 1.5 * perUnit) {
                    quantities.set(f, plus(q, larger, larger, larger, q.qualifier()));
                }
            }
        }
    }

    /** Hours (the base unit) per unit of a duration figure, or null when it is no duration with a value. */
    private static Double perUnit(AnnotationRecord figure, Quantity q) {
        Double value = figure.number("value");
        Double normalized = figure.number("normalizedValue");
        if (q == null || !"duration".equals(figure.string("kind")) || value == null || value <= 0 || normalized == null) {
            return null;
        }
        return normalized / value;
    }

    private static Quantity plus(Quantity q, double value, double low, double high, String qualifier) {
        return new Quantity(q.dimension(), q.value() + value, q.low() + low, q.high() + high, qualifier);
    }
}
