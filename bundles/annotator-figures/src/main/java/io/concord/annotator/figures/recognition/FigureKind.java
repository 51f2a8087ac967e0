package io.concord.annotator.figures.recognition;

import java.util.Locale;

/** The {@code kind} values of GUIDELINES.md. */
public enum FigureKind {
    COUNT, MONEY, PERCENT, MEASURE, DURATION, RATIO, DATE;

    /** The exchange-format spelling ({@code count}, {@code money}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
