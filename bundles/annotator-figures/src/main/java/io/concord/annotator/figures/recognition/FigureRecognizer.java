package io.concord.annotator.figures.recognition;

import java.util.List;

import io.concord.api.text.Segmentation;

/**
 * Finds figures in English news text: counts, money, percentages, measures, durations, ratios and dates,
 * following GUIDELINES.md (span = number with unit, currency and multiplier; hedges go into the qualifier).
 * Stateless and thread-safe; one instance serves any number of documents.
 */
public final class FigureRecognizer {
    /**
     * Settings of the recogniser.
     *
     * @param yearsAlone          annotate a year that stands alone ({@code in 2023}), not only inside a full date
     * @param indefiniteDurations annotate {@code a day}, {@code an hour}, {@code a year} as durations of one unit
     */
    public record Options(boolean yearsAlone, boolean indefiniteDurations) {
        public static final Options DEFAULTS = new Options(true, true);
    }

    private final Options options;

    public FigureRecognizer(Options options) {
        this.options = options;
    }

    public FigureRecognizer() {
        this(Options.DEFAULTS);
    }

    /** The figures of {@code text}, in text order, without overlaps. */
    public List<FigureMatch> find(Segmentation segmentation) {
        return new FigureScanner(segmentation.text(), Tokenizer.tokenize(segmentation), options).scan();
    }
}
