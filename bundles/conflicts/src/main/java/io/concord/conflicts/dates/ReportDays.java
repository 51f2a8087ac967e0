package io.concord.conflicts.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.concord.conflicts.text.DocumentView;

/**
 * A bare weekday read as a calendar date: "on Saturday" in a report filed on Wednesday, May 12 is May 8 (or,
 * told of the days to come, May 15), so it contradicts another report's "May 1" although both are Saturdays. A
 * report's own day is its dateline's date, else the one date it says it reports on ("announced on June 4"); a
 * report with neither is not given its story's day (syndicated copies run days apart), so its weekdays stay
 * unread. Its weekday comes from its year, from the one weekday it reports on
 * ("officials said on Tuesday"), from a weekday written with a date anywhere in the story ("Monday, June 21"),
 * or, last, from the weekday of its lead event (wire copy dates its lead by its filing day or a day or two before:
 * all three are kept). A weekday is read back
 * or forward within a week of the report's day, by its tense and "next"/"last"; without a year, across the end of
 * February under both leap and common years: it fits a date when any reading does. In the year the story states
 * ({@link StoryYear}) a report's day has its weekday, and a month and day told without a year are never a bare
 * weekday of another report that they do not fall on.
 */
final class ReportDays {
    /** Days between an anchor and a date whose weekday is taken from it: a story spans weeks, not years. */
    private static final int ANCHOR_REACH = 120;
    /** A common and a leap year, for day arithmetic when a report gives no year. */
    private static final int[] YEARS = {2023, 2024};

    /** A date a report gives only as its filing or reporting day ("LEEDS, July 22 -", "said on Tuesday"). */
    record Filing(int doc, Timex value, boolean dateline) {}

    /** Days a report may be later than the day it is taken to be of: wire copy tells of the day before or two. */
    private static final int LAG = 2;

    /**
     * A report's own day: month and day (year if known) and what it may be: each {days after that date, weekday
     * (1 = Monday)}, one when known, several when only guessed.
     */
    record Today(Integer year, int month, int day, List<int[]> maybe) {}

    private final Map<Integer, Today> today = new HashMap<>();
    /** The year the story states ({@link StoryYear}), or null: the weekday of a month and day without a year. */
    private final Integer year;
    /** The years the story may be of when it states none, or null. */
    private final StoryYears years;

    private ReportDays(Integer year, StoryYears years) {
        this.year = year;
        this.years = years;
    }

    /** The days of the reports of one story, from their filing dates and the dates of their events. */
    static ReportDays of(List<DateRule.Item> items, List<Filing> filings, int docs, Integer year, StoryYears years) {
        ReportDays out = new ReportDays(year, years);
        Timex[] day = new Timex[docs];
        Integer[] weekday = new Integer[docs];
        for (int d = 0; d < docs; d++) {
            day[d] = ownDay(filings, d);
            weekday[d] = one(filings, d);
        }
        List<int[]> anchors = anchors(items);
        for (int d = 0; d < docs; d++) {
            if (day[d] != null && weekday[d] != null) {
                anchors.add(new int[] {day[d].month(), day[d].day(), weekday[d]});
            }
        }
        for (int d = 0; d < docs; d++) {
            // a report without a day of its own is not given its story's: syndicated copies run days apart
            Timex t = day[d];
            if (t == null) {
                continue;
            }
            Integer w = t.dayOfWeek() != null ? t.dayOfWeek() : weekday[d];
            if (w == null) {
                w = weekday(year, t.month(), t.day());
            }
            if (w == null) {
                w = fromAnchors(anchors, t.month(), t.day());
            }
            List<int[]> maybe = new ArrayList<>();
            if (w != null) {
                maybe.add(new int[] {0, w});
            } else if (day[d] != null && leadWeekday(items, d) != null) {
                // the lead's weekday is the dateline's, or a day or two before it
                int lead = leadWeekday(items, d);
                for (int k = 0; k <= LAG; k++) {
                    maybe.add(new int[] {0, (lead - 1 + k) % 7 + 1});
                }
            }
            if (!maybe.isEmpty()) {
                out.today.put(d, new Today(t.year(), t.month(), t.day(), maybe));
            }
        }
        return out;
    }

    /** Whether two dates can be the same day, a bare weekday read as the dates it can be. */
    boolean compatible(DateRule.Item a, DateRule.Item b) {
        Boolean ago = years == null ? null : years.agoFits(a.value(), b.value());
        if (ago != null) {
            return ago;
        }
        boolean timed = a.time() != null && b.time() != null;
        if (!a.value().compatible(b.value()) && !timed) {
            return false;
        }
        for (Timex x : readings(a)) {
            for (Timex y : readings(b)) {
                if (x.compatible(y) && weekdayFits(x, y) && weekdayFits(y, x)) {
                    // times of day tell apart only two readings known to be one day
                    if (!TimesOfDay.sameDay(x, y) || TimesOfDay.meet(a.time(), b.time(), 0)) {
                        return true;
                    }
                } else if (timed) {
                    // "the night of Thursday" and "the small hours of Friday" are one moment
                    int gap = TimesOfDay.dayGap(x, y, year != null ? year : YEARS[1]);
                    if (gap != 0 && TimesOfDay.meet(a.time(), b.time(), gap)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The calendar dates a bare weekday can be in its report, or the date itself. */
    List<Timex> readings(DateRule.Item it) {
        Timex v = it.value();
        Today t = today.get(it.doc());
        if (v.weekday() == null || v.day() != null || t == null) {
            return List.of(v);
        }
        String before = wordBefore(it);
        List<Integer> offsets = new ArrayList<>();
        for (int[] maybe : t.maybe()) {
            int back = (maybe[1] - v.weekday() + 7) % 7;
            int ahead = (v.weekday() - maybe[1] + 7) % 7;
            if ("next".equals(before)) {
                offsets.add(maybe[0] + (ahead == 0 ? 7 : ahead));
            } else if ("last".equals(before) || "past".equals(before)) {
                offsets.add(maybe[0] - (back == 0 ? 7 : back));
            } else {
                offsets.add(maybe[0] + ahead);
                if (!it.prospective()) {
                    offsets.add(maybe[0] - back);
                }
            }
        }
        List<Timex> out = new ArrayList<>();
        for (int year : t.year() != null ? new int[] {t.year()} : this.year != null ? new int[] {this.year} : YEARS) {
            for (int k : offsets) {
                try {
                    LocalDate x = LocalDate.of(year, t.month(), t.day()).plusDays(k);
                    out.add(new Timex(t.year() != null ? x.getYear() : null, x.getMonthValue(), x.getDayOfMonth(),
                            v.weekday()));
                } catch (DateTimeException e) {
                    // February 29 of a common year: the leap year's reading stands
                }
            }
        }
        return out.isEmpty() ? List.of(v) : out;
    }

    /**
     * Whether a bare weekday {@code w} can be the month and day {@code d} told without a year, in the story's year
     * when it is known: a weekday of one report is never another report's date that falls on another weekday,
     * whatever the week ("Monday" against "May 21", a Tuesday).
     */
    private boolean weekdayFits(Timex w, Timex d) {
        if (w.weekday() == null || w.day() != null || d.year() != null || d.weekday() != null) {
            return true;
        }
        Integer x = d.month() == null || d.day() == null ? null : weekday(year, d.month(), d.day());
        return x == null || x.equals(w.weekday());
    }

    /** The weekday of a month and day in {@code year}; null when the year is unknown or the day is not in it. */
    static Integer weekday(Integer year, int month, int day) {
        if (year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).getDayOfWeek().getValue();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** How a bare weekday was read, for the summary ("May 8 or May 15"), or null. */
    String reading(DateRule.Item it) {
        List<Timex> read = readings(it);
        if (read.size() == 1 && read.get(0) == it.value()) {
            return null;
        }
        Set<String> days = new LinkedHashSet<>();
        for (Timex t : read) {
            days.add(java.time.Month.of(t.month()).getDisplayName(java.time.format.TextStyle.FULL,
                    Locale.ENGLISH) + " " + t.day());
        }
        return String.join(" or ", days);
    }

    private static String wordBefore(DateRule.Item it) {
        DocumentView view = it.view();
        int at = view.tokenAt(it.date().begin());
        return at > 0 ? view.tokens().get(at - 1).norm() : null;
    }

    /** The report's own calendar day: its dateline's, else the one day it reports on; null if none. */
    private static Timex ownDay(List<Filing> filings, int d) {
        Set<Timex> reported = new HashSet<>();
        for (Filing f : filings) {
            if (f.doc() == d && f.value().month() != null && f.value().day() != null) {
                if (f.dateline()) {
                    return f.value();
                }
                reported.add(f.value());
            }
        }
        return reported.size() == 1 ? reported.iterator().next() : null;
    }

    /** The report's dateline date, or null. */
    static Timex dateline(List<Filing> filings, int d) {
        for (Filing f : filings) {
            if (f.doc() == d && f.dateline() && f.value().month() != null && f.value().day() != null) {
                return f.value();
            }
        }
        return null;
    }

    /** The one weekday a report says it reports on ("said on Tuesday"), or null. */
    static Integer one(List<Filing> filings, int d) {
        Set<Integer> days = new HashSet<>();
        filings.stream().filter(f -> f.doc() == d && f.value().weekday() != null)
                .forEach(f -> days.add(f.value().weekday()));
        return days.size() == 1 ? days.iterator().next() : null;
    }

    /** Weekdays written with their dates ("Monday, June 21") in the story: {month, day, weekday}. */
    static List<int[]> anchors(List<DateRule.Item> items) {
        List<int[]> out = new ArrayList<>();
        for (DateRule.Item a : items) {
            for (DateRule.Item b : items) {
                Timex w = a.value();
                Timex d = b.value();
                if (a.doc() == b.doc() && w.weekday() != null && d.month() != null && d.day() != null
                        && b.date().begin() > a.date().end() && b.date().begin() - a.date().end() <= 3) {
                    out.add(new int[] {d.month(), d.day(), w.weekday()});
                }
            }
        }
        return out;
    }

    /** The weekday of a month and day from the story's anchors, when every year's reading agrees; else null. */
    private static Integer fromAnchors(List<int[]> anchors, int month, int day) {
        Set<Integer> found = new HashSet<>();
        for (int[] a : anchors) {
            for (int year : YEARS) {
                try {
                    long k = LocalDate.of(year, a[0], a[1]).until(LocalDate.of(year, month, day),
                            java.time.temporal.ChronoUnit.DAYS);
                    if (Math.abs(k) <= ANCHOR_REACH) {
                        found.add((int) (((a[2] - 1 + k) % 7 + 7) % 7) + 1);
                    }
                } catch (DateTimeException e) {
                    // February 29 in a common year
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The weekday of a report's lead event, which wire copy dates by its filing day; null if it is no weekday. */
    static Integer leadWeekday(List<DateRule.Item> items, int d) {
        int lead = EventLinks.lead(items, d);
        return lead >= 0 && items.get(lead).value().day() == null ? items.get(lead).value().weekday() : null;
    }
}
