package io.concord.annotator.figures.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Days news names without a month or a number of its own: a day of the month told as an ordinal ({@code on the
 * 24th}), which takes the month of the date read last (the dateline's included: {@code TARTU, June 3 - ... on the
 * 24th} is June 24), and a holiday kept on one date every year ({@code on Boxing Day} is December 26).
 */
final class DayReferences {
    private static final double CONFIDENCE = 0.8;
    /** Prepositions before such a day: {@code on the 24th}, {@code until Christmas Day}. */
    private static final Set<String> LEADS = Set.of("on", "by", "until", "till", "from", "since", "before", "after",
            "of");
    /** Holidays of a fixed date, as month-day, by their lower-case words. */
    private static final Map<List<String>, String> HOLIDAYS = Map.ofEntries(
            Map.entry(List.of("new", "year's", "day"), "01-01"), Map.entry(List.of("new", "year's", "eve"), "12-31"),
            Map.entry(List.of("christmas", "day"), "12-25"), Map.entry(List.of("christmas", "eve"), "12-24"),
            Map.entry(List.of("boxing", "day"), "12-26"), Map.entry(List.of("canada", "day"), "07-01"),
            Map.entry(List.of("bastille", "day"), "07-14"), Map.entry(List.of("valentine's", "day"), "02-14"),
            Map.entry(List.of("halloween"), "10-31"), Map.entry(List.of("anzac", "day"), "04-25"),
            Map.entry(List.of("australia", "day"), "01-26"), Map.entry(List.of("may", "day"), "05-01"),
            Map.entry(List.of("st.", "patrick's", "day"), "03-17"),
            Map.entry(List.of("st", "patrick's", "day"), "03-17"));
    private static final int LONGEST_HOLIDAY = 3;

    private final TokenWindow w;
    private final List<Token> t;
    private final DateReader dates;

    DayReferences(TokenWindow w, DateReader dates) {
        this.w = w;
        this.t = w.tokens();
        this.dates = dates;
    }

    /**
     * {@code the 24th} after a preposition, the number at token {@code i}: not {@code the 24th floor} nor {@code the
     * 19th century}, which a word after it makes another thing; the index after it, or {@code i} when none.
     */
    int ordinalDay(int i) {
        if (i < 2 || !w.ordinalSuffix(i + 1) || !t.get(i - 1).is("the") || !LEADS.contains(t.get(i - 2).lower())
                || !TokenWindow.plainDigits(t.get(i)) || t.get(i).text().length() > 2) {
            return i;
        }
        Token after = w.get(i + 2);
        if (after != null && (after.isWord() || after.isNumber() || after.isDash())) {
            return i;
        }
        int day = Integer.parseInt(t.get(i).text());
        Integer month = dates.lastMonth();
        if (day < 1 || day > 31 || month == null) {
            return i;
        }
        return dates.emit(i - 1, i + 1, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), CONFIDENCE);
    }

    /** A fixed holiday opening at the word at {@code i} after a preposition; the index after it, or {@code i}. */
    int holiday(int i) {
        int lead = i - 1 >= 0 && t.get(i - 1).is("the") ? i - 2 : i - 1;
        if (lead < 0 || !LEADS.contains(t.get(lead).lower()) || !t.get(i).isCapitalized()) {
            return i;
        }
        for (int n = LONGEST_HOLIDAY; n >= 1; n--) {
            if (i + n > t.size()) {
                continue;
            }
            List<String> words = new ArrayList<>(n);
            for (int k = i; k < i + n; k++) {
                words.add(t.get(k).lower().replace('\u2019', '\''));
            }
            String day = HOLIDAYS.get(words);
            if (day != null) {
                return dates.emit(i, i + n - 1, "XXXX-" + day, CONFIDENCE);
            }
        }
        return i;
    }
}
