package io.concord.annotator.figures.recognition;

import java.util.Map;
import java.util.Set;

/** Words around dates: ambiguous months, weekday titles, date prepositions and seasons (names: CalendarWords). */
final class Calendar {
    private Calendar() {}

    /** Months that are also common words or given names; alone they need a date context. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("march", "may", "april", "june", "august");

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
