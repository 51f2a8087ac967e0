package io.concord.conflicts.figures;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hedge written before a figure ("just over", "about", "at least"), as an exchange-format qualifier. */
public final class Hedges {
    private static final Pattern HEDGE = Pattern.compile(
            "(?:^|[^\\p{L}])(just over|just under|more than|over|above|exceeding|in excess of|upwards of|"
                    + "about|around|roughly|approximately|some|an estimated|estimated|nearly|almost|close to|"
                    + "less than|fewer than|under|below|at least|no fewer than|no less than|a minimum of|"
                    + "up to|at most|no more than|a maximum of|as many as|as much as)\\s+(?:the\\s+)?$");

    private Hedges() {}

    /** The qualifier implied by the words right before a figure, or null when there is no hedge. */
    public static String before(String text, int begin) {
        int from = Math.max(0, begin - 30);
        String window = text.substring(from, begin).toLowerCase(Locale.ROOT).replace('\n', ' ');
        Matcher m = HEDGE.matcher(window);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "just over", "more than", "over", "above", "exceeding", "in excess of", "upwards of" -> "over";
            case "just under", "nearly", "almost", "close to", "less than", "fewer than", "under", "below" -> "under";
            case "at least", "no fewer than", "no less than", "a minimum of" -> "at-least";
            case "up to", "at most", "no more than", "a maximum of", "as many as", "as much as" -> "at-most";
            default -> "approx";
        };
    }
}
