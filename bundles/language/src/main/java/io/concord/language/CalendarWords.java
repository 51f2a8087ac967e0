package io.concord.language;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English month and weekday names and their abbreviations, from {@code java.time} (plus {@code Sept}, which
 * the JDK does not know), looked up in any case. Numbers follow ISO: January = 1, Monday = 1.
 */
public final class CalendarWords {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAY_ABBREVIATIONS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            String shortName = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            MONTHS.put(full, m.getValue());
            if (!shortName.equals(full)) {
                MONTH_ABBREVIATIONS.put(shortName, m.getValue()); // not "may"
            }
        }
        MONTH_ABBREVIATIONS.put("sept", 9);
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d.getValue());
            WEEKDAY_ABBREVIATIONS.put(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), d.getValue());
        }
    }

    private CalendarWords() {}

    /** The month a full month name stands for (1-12), or 0. */
    public static int month(String word) {
        return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** The month an abbreviation without its full stop stands for ({@code Jan}, {@code Sept}; never {@code May}), or 0. */
    public static int monthAbbreviation(String word) {
        return MONTH_ABBREVIATIONS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** The ISO weekday (Monday = 1) a full weekday name stands for, or 0. */
    public static int weekday(String word) {
        return WEEKDAYS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    public static boolean isMonth(String word) {
        return month(word) > 0;
    }

    public static boolean isWeekday(String word) {
        return weekday(word) > 0;
    }

    /** A month or weekday written in full. */
    public static boolean isMonthOrWeekday(String word) {
        return isMonth(word) || isWeekday(word);
    }

    /** A month or weekday, in full or abbreviated ({@code Jan}, {@code Sept}, {@code Mon}). */
    public static boolean isCalendarWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MONTHS.containsKey(w) || MONTH_ABBREVIATIONS.containsKey(w) || WEEKDAYS.containsKey(w)
                || WEEKDAY_ABBREVIATIONS.containsKey(w);
    }
}
