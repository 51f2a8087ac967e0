package io.concord.annotator.figures.recognition;

/**
 * One recognised figure. Offsets are Java string indices into the analysed text, end exclusive.
 *
 * @param value           the number as stated ({@code €90bn} gives 9.0E10); NaN for dates
 * @param timex           TIMEX3 value for dates ({@code 2024-03-15}, {@code XXXX-WXX-4}), else null
 * @param unit            {@code %}, an ISO 4217 code, a measure or duration unit; null for counts, ratios, dates
 * @param normalizedValue value in the base unit of its dimension, or null
 * @param normalizedUnit  that base unit ({@code km2}, {@code km}, {@code kg}, {@code h}, ...), or null
 * @param measured        what the figure counts or measures, lower case, or null when the text does not say
 * @param confidence      how sure the rule that found it is, in [0,1]
 * @param range           the bounds of a stated range ({@code 40-50}: 40 and 50, valued at 45), or null
 * @param hedge           the words before the figure that hedge it, as written ({@code more than}), or null
 */
public record FigureMatch(int begin, int end, FigureKind kind, double value, String timex, String unit,
                          Qualifier qualifier, Double normalizedValue, String normalizedUnit, String measured,
                          double confidence, Range range, String hedge) {

    /** The bounds of a range as stated, in the figure's unit. */
    public record Range(double low, double high) {}

    FigureMatch(int begin, int end, FigureKind kind, double value, String timex, String unit, Qualifier qualifier,
                Double normalizedValue, String normalizedUnit, String measured, double confidence) {
        this(begin, end, kind, value, timex, unit, qualifier, normalizedValue, normalizedUnit, measured, confidence,
                null, null);
    }

    FigureMatch withQualifier(Qualifier q) {
        return new FigureMatch(begin, end, kind, value, timex, unit, q, normalizedValue, normalizedUnit, measured,
                confidence, range, hedge);
    }

    FigureMatch withRange(Range r) {
        return new FigureMatch(begin, end, kind, value, timex, unit, qualifier, normalizedValue, normalizedUnit,
                measured, confidence, r, hedge);
    }

    FigureMatch withMeasured(String m) {
        return new FigureMatch(begin, end, kind, value, timex, unit, qualifier, normalizedValue, normalizedUnit, m,
                confidence, range, hedge);
    }
}
