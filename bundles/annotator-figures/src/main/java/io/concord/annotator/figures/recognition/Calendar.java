package io.concord.annotator.figures.recognition;

import java.util.Map;
import java.util.Set;

/** Month and weekday names, and the words that announce a date. */
final class Calendar {
    private Calendar() {}

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    /** Abbreviations, only accepted before a day or a year ({@code Jan. 5}, {@code Sept 2024}). */
    static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Months that are also common words or given names; alone they need a date context. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("march", "may", "april", "june", "august");

    /** TIMEX3 weekday numbers (ISO: Monday = 1). */
    static final Map<String, Integer> WEEKDAYS = Map.of(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    /** Capitalised words after a weekday that make it part of a title ({@code Sunday Times}). */
    static final Set<String> WEEKDAY_TITLE_WORDS = Set.of(
            "times", "telegraph", "express", "mirror", "post", "herald", "independent", "star", "sport", "night",
            "people", "world", "mail", "tribune", "observer");

    /** Words before a month or a bare year that make it a date: {@code in May}, {@code by 2030}. */
    static final Set<String> DATE_PREPOSITIONS = Set.of(
            "in", "on", "since", "until", "till", "by", "from", "through", "throughout", "during", "before",
            "after", "of", "early", "late", "mid", "end", "beginning", "start", "last", "next", "this", "to",
            "between", "and", "summer", "winter", "spring", "autumn", "fall", "year", "fiscal", "past", "into");

    static final Map<String, String> SEASONS = Map.of(
            "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
}
