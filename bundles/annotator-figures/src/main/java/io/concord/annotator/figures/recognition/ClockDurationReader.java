package io.concord.annotator.figures.recognition;

import java.util.List;

/**
 * Reads a duration written as a clock reads it, hours, minutes and seconds ({@code 2:21:06}): a race's winning
 * time, a flight's time to the second. Two parts ({@code 10:30}) are a time of day and are left to the other
 * readers; a fourth part ({@code 3:16:2:4}) makes a reference, not a time.
 */
final class ClockDurationReader {
    private static final double CONFIDENCE = 0.9;

    private final TokenWindow w;
    private final List<Token> t;

    ClockDurationReader(TokenWindow w) {
        this.w = w;
        this.t = w.tokens();
    }

    /** The duration whose hours are the number at token i, or null. */
    FigureMatch at(int i) {
        if (i + 4 >= t.size() || !part(i, 1, 2) || !colon(i + 1) || !part(i + 2, 2, 2) || !colon(i + 3)
                || !part(i + 4, 2, 2)) {
            return null;
        }
        int minutes = Integer.parseInt(t.get(i + 2).text());
        int seconds = Integer.parseInt(t.get(i + 4).text());
        Token after = i + 5 < t.size() ? t.get(i + 5) : null;
        if (minutes > 59 || seconds > 59 || after != null && !after.spaced()
                && (after.isSymbol(':') || after.isNumber() || after.isWord())) {
            return null;
        }
        if (i > 0 && !t.get(i).spaced() && (t.get(i - 1).isSymbol(':') || t.get(i - 1).isNumber())) {
            return null;
        }
        double hours = Integer.parseInt(t.get(i).text()) + minutes / 60.0 + seconds / 3600.0;
        return new FigureMatch(t.get(i).begin(), t.get(i + 4).end(), FigureKind.DURATION, hours, null, "h",
                Hedges.before(w, i), hours, "h", null, CONFIDENCE);
    }

    /** Token k is a number of {@code min} to {@code max} plain digits, joined to what comes before when k > i. */
    private boolean part(int k, int min, int max) {
        String s = t.get(k).text();
        return t.get(k).isNumber() && s.length() >= min && s.length() <= max && s.chars().allMatch(Character::isDigit);
    }

    private boolean colon(int k) {
        return t.get(k).isSymbol(':') && !t.get(k).spaced() && !t.get(k + 1).spaced();
    }
}
