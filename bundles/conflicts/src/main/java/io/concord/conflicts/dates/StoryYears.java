package io.concord.conflicts.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * The years a story can be told in when no report states it ({@link StoryYear}): a weekday told with its date
 * ("Friday, March 14") holds in few years, and so does a dated dateline whose weekday the report gives ("said on
 * Wednesday") or its lead's weekday suggests; the report's day is that weekday or a day or two later (wire copy
 * tells of the day before or two). A number of years ago is then a year only where that year plus the number is
 * a possible story year: "9 years ago" against another report's "2019" of one event is 2028, and if Sept 17 is a
 * Wednesday, Thursday or Friday the story is not told in 2028 (a Sunday), so the two years differ.
 */
final class StoryYears {
    /** Days a report's day may follow the weekday it tells as its reporting or lead day. */
    private static final int LAG = 2;

    /** {month, day, weekday}: the date falls on the weekday. */
    private final List<int[]> exact;
    /** {month, day, weekday}: the date falls on the weekday or up to {@link #LAG} days later. */
    private final List<int[]> lagged;
    /** The latest month of a dateline, or 0: a story filed in January tells of last December's days. */
    private final int datelineMonth;

    private StoryYears(List<int[]> exact, List<int[]> lagged, int datelineMonth) {
        this.exact = exact;
        this.lagged = lagged;
        this.datelineMonth = datelineMonth;
    }

    /** The story's possible years, or null when nothing in it narrows them. */
    static StoryYears of(List<DateRule.Item> items, List<ReportDays.Filing> filings, int docs) {
        List<int[]> lagged = new ArrayList<>();
        int latest = 0;
        for (int d = 0; d < docs; d++) {
            Timex day = ReportDays.dateline(filings, d);
            if (day == null) {
                continue; // a day the report only reports on may be days from its weekday's
            }
            latest = Math.max(latest, day.month());
            Integer w = ReportDays.one(filings, d);
            if (w == null) {
                w = ReportDays.leadWeekday(items, d);
            }
            if (w != null) {
                lagged.add(new int[] {day.month(), day.day(), w});
            }
        }
        List<int[]> exact = ReportDays.anchors(items);
        return exact.isEmpty() && lagged.isEmpty() ? null : new StoryYears(exact, lagged, latest);
    }

    /** Pairs of a number of years ago and a year (alone or with its month) of another report. */
    static List<int[]> agoPairs(List<DateRule.Item> items) {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                Timex x = items.get(a).value();
                Timex y = items.get(b).value();
                if (items.get(a).doc() != items.get(b).doc() && (x.yearsAgo() == null) != (y.yearsAgo() == null)
                        && (x.yearsAgo() != null ? y : x).year() != null && (x.yearsAgo() != null ? y : x).day() == null
                        && (x.yearsAgo() != null ? y : x).weekday() == null) {
                    out.add(new int[] {a, b});
                }
            }
        }
        return out;
    }

    /**
     * Whether a number of years ago and a year (alone or with its month) can be one year; null when the two are
     * not such a pair.
     */
    Boolean agoFits(Timex a, Timex b) {
        Timex ago = a.yearsAgo() != null ? a : b;
        Timex year = ago == a ? b : a;
        if (ago.yearsAgo() == null || year.yearsAgo() != null || year.year() == null || year.day() != null) {
            return null;
        }
        return possible(year.year() + ago.yearsAgo());
    }

    /** Whether every weekday the story gives its dates holds in {@code year}. */
    boolean possible(int year) {
        for (int[] a : exact) {
            if (!fits(year, a, 0) && !(a[0] > datelineMonth && datelineMonth > 0 && fits(year - 1, a, 0))) {
                return false;
            }
        }
        for (int[] a : lagged) {
            if (!fits(year, a, LAG)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(int year, int[] a, int lag) {
        Integer w = ReportDays.weekday(year, a[0], a[1]);
        return w == null || (w - a[2] + 7) % 7 <= lag;
    }
}
