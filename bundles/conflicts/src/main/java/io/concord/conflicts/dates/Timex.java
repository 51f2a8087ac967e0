package io.concord.conflicts.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 calendar value with the parts a text stated: {@code 2024-03-15}, {@code 2027-09}, {@code 2027},
 * {@code XXXX-11} (November of an unknown year), {@code XXXX-WXX-4} (a Thursday). Two values are
 * compatible when no stated part contradicts the other, a weekday included: {@code XXXX-WXX-4} does not
 * fit {@code 2024-03-15}, a Friday.
 */
public record Timex(Integer year, Integer month, Integer day, Integer weekday, Integer yearsAgo) {
    /**
     * How fine a date is: only dates of one granularity are compared. Years before the report ({@code 14 years
     * ago}) are compared only with one another: the report's own year is not known.
     */
    public enum Granularity { DAY, MONTH, YEAR, YEARS_AGO }

    /** A calendar value. */
    public Timex(Integer year, Integer month, Integer day, Integer weekday) {
        this(year, month, day, weekday, null);
    }

    /** The year {@code years} before the report's. */
    public static Timex yearsBefore(int years) {
        return new Timex(null, null, null, null, years);
    }

    private static final Pattern CALENDAR = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4}|XXXX)-W(\\d{2}|XX)-(\\d)");

    /** The parsed value, or null for values that are not calendar dates (durations, PRESENT_REF, seasons). */
    public static Timex parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher w = WEEK.matcher(v);
        if (w.matches()) {
            int d = Integer.parseInt(w.group(3));
            if (d < 1 || d > 7) {
                return null;
            }
            return new Timex(number(w.group(1)), null, null, d);
        }
        Matcher m = CALENDAR.matcher(v);
        if (!m.matches()) {
            return null;
        }
        Timex t = new Timex(number(m.group(1)), number(m.group(2)), number(m.group(3)), null);
        if (t.year == null && t.month == null && t.day == null) {
            return null;
        }
        if ((t.month != null && (t.month < 1 || t.month > 12)) || (t.day != null && (t.day < 1 || t.day > 31))) {
            return null;
        }
        return t;
    }

    private static Integer number(String s) {
        return s == null || s.startsWith("X") ? null : Integer.valueOf(s);
    }

    public Granularity granularity() {
        if (yearsAgo != null) {
            return Granularity.YEARS_AGO;
        }
        if (day != null || weekday != null) {
            return Granularity.DAY;
        }
        return month != null ? Granularity.MONTH : Granularity.YEAR;
    }

    /** The weekday (1 = Monday) stated or implied by a full calendar date, or null. */
    public Integer dayOfWeek() {
        if (weekday != null) {
            return weekday;
        }
        if (year != null && month != null && day != null) {
            try {
                return LocalDate.of(year, month, day).getDayOfWeek().getValue();
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether both can denote the same day (month, year): no stated or implied part differs. */
    public boolean compatible(Timex o) {
        if (differ(yearsAgo, o.yearsAgo)) {
            return false;
        }
        if (differ(year, o.year) || differ(month, o.month) || differ(day, o.day)) {
            return false;
        }
        return !differ(dayOfWeek(), o.dayOfWeek());
    }

    /** Why two values differ, for the summary: "a Friday" when a weekday does not fit a date. */
    public String impliedWeekday() {
        Integer d = weekday == null ? dayOfWeek() : null;
        return d == null ? null : "a " + DayOfWeek.of(d).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Whether the years, months or days differ (a contradiction of the year weighs most). */
    public boolean yearDiffers(Timex o) {
        return differ(year, o.year);
    }

    private static boolean differ(Integer a, Integer b) {
        return a != null && b != null && !a.equals(b);
    }
}
