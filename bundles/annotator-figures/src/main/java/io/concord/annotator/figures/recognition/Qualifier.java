package io.concord.annotator.figures.recognition;

/** The {@code qualifier} values of GUIDELINES.md: how the text hedges the number. */
public enum Qualifier {
    EXACT("exact"), APPROX("approx"), OVER("over"), UNDER("under"), AT_LEAST("at-least"), AT_MOST("at-most");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    /** The exchange-format spelling ({@code exact}, {@code at-least}, ...). */
    public String label() {
        return label;
    }
}
