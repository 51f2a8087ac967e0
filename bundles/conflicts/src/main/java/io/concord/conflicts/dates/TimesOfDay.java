package io.concord.conflicts.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;
import io.concord.conflicts.text.DocumentView;

/**
 * The time of day told with a date, as a span of minutes from the start of its day: "at 3:12 a.m. on Tuesday",
 * "shortly before midnight on Monday", "late on Saturday morning", "on the evening of May 6". Two reports of one
 * event on one day disagree when their spans do not meet ("shortly after 2 p.m." / "late in the morning"), and
 * agree when they do ("late on Monday" / "shortly before midnight on Monday"); a night runs on past midnight, so
 * "the night of Thursday" meets "the small hours of Friday". The annotations date the day only: the time is read
 * from the words right before and after it.
 */
final class TimesOfDay {
    private static final int DAY = 24 * 60;
    /** How far "shortly" or "just" reaches from a clock time, and how exact a bare clock time is. */
    private static final int SHORTLY = 45;
    private static final int ABOUT = 30;
    private static final int EXACT = 5;

    /** A clock time or a part of the day, with what narrows it, ending right before a date's words. */
    private static final Pattern BEFORE = Pattern.compile("(?i)(?:\\b(shortly|just|soon|about|around|some|"
            + "approximately)\\s+)?(?:\\b(before|after|by)\\s+)?(?:\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)"
            + "|\\b(midnight|noon|midday|dawn|daybreak|sunrise|first light|dusk|sunset|nightfall|small hours|early hours"
            + "|morning|afternoon|evening|night))"
            + "(?:\\s+of)?(?:\\s+(?:on|the))*\\s*$");
    /** "early on", "late on", "early", "late" right before a date, with nothing else between. */
    private static final Pattern EARLY_LATE = Pattern.compile("(?i)\\b(early|late)(?:\\s+on)?\\s*$");
    /** A part of the day right after a date ("on Saturday morning", "Tuesday night"). */
    private static final Pattern AFTER = Pattern.compile("(?i)^\\s+(morning|afternoon|evening|night)\\b");
    /** A weekday and comma before a date, read through: "at 9 a.m. on Tuesday, September 9". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|"
            + "friday|saturday|sunday),?\\s*$");
    private static final int REACH = 60;

    private TimesOfDay() {}

    /**
     * The span {from, to} in minutes of the date's day (to may pass midnight), and where the claim's words begin and
     * end in the text (a clock time's with the date's), or null when none is told.
     */
    static int[] of(DocumentView view, AnnotationRecord a) {
        String text = view.text();
        int[] sentence = view.sentenceSpan(a.begin(), a.end());
        // not from the sentence's start: a splitter may end a sentence at "p.m."
        String before = text.substring(Math.max(0, a.begin() - REACH), a.begin());
        before = before.substring(before.lastIndexOf('\n') + 1);
        int offset = a.begin() - before.length();
        Matcher w = WEEKDAY_BEFORE.matcher(before);
        if (w.find()) {
            before = before.substring(0, w.start());
        }
        String after = text.substring(a.end(), Math.min(sentence[1], a.end() + 12));
        Matcher m = AFTER.matcher(after);
        int[] part = m.find() ? part(m.group(1)) : null;
        int end = a.end();
        Matcher b = BEFORE.matcher(before);
        if (b.find()) {
            int[] told = narrow(b.group(3) != null ? clock(b) : part(b.group(6)), b.group(1), b.group(2));
            // a clock time is a claim's own words ("7:48 a.m."); a part of the day only qualifies the date's
            return told == null ? null : b.group(3) != null ? new int[] {told[0], told[1], offset + b.start(), end}
                    : new int[] {told[0], told[1], a.begin(), a.end()};
        }
        Matcher el = EARLY_LATE.matcher(before);
        int[] span = part != null ? part : new int[] {0, DAY};
        if (el.find()) {
            int half = (span[1] - span[0]) / 2;
            return el.group(1).equalsIgnoreCase("early") ? new int[] {span[0], span[0] + half, a.begin(), a.end()}
                    : new int[] {span[1] - half, span[1], a.begin(), a.end()};
        }
        return part == null ? null : new int[] {part[0], part[1], a.begin(), a.end()};
    }

    private static int[] clock(Matcher b) {
        int hour = Integer.parseInt(b.group(3));
        int min = b.group(4) == null ? 0 : Integer.parseInt(b.group(4));
        if (hour > 12 || min > 59) {
            return null;
        }
        int h = hour % 12;
        int t = (b.group(5).toLowerCase(Locale.ROOT).startsWith("p") ? h + 12 : h) * 60 + min;
        return new int[] {t, t};
    }

    /** The span of a part of the day, as a reader takes it. */
    private static int[] part(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "midnight" -> new int[] {DAY, DAY};
            case "noon", "midday" -> new int[] {720, 720};
            case "dawn", "daybreak", "sunrise", "first light" -> new int[] {240, 480};
            case "dusk", "sunset", "nightfall" -> new int[] {1020, 1260};
            case "small hours", "early hours" -> new int[] {0, 360};
            case "morning" -> new int[] {300, 720};
            case "afternoon" -> new int[] {720, 1080};
            case "evening" -> new int[] {1020, 1380};
            case "night" -> new int[] {1200, DAY + 360};
            default -> null;
        };
    }

    /** A span narrowed or widened by "shortly", "about", "before" and "after". */
    private static int[] narrow(int[] told, String hedge, String side) {
        if (told == null) {
            return null;
        }
        boolean point = told[0] == told[1];
        int reach = hedge == null ? (point ? EXACT : 0) : hedge.equalsIgnoreCase("shortly")
                || hedge.equalsIgnoreCase("just") || hedge.equalsIgnoreCase("soon") ? SHORTLY : ABOUT;
        if (side == null) {
            return new int[] {told[0] - reach, told[1] + reach};
        }
        if (side.equalsIgnoreCase("after")) {
            return new int[] {told[0], hedge == null ? told[1] + 4 * 60 : told[1] + reach};
        }
        return new int[] {hedge == null ? told[0] - 4 * 60 : told[0] - reach, told[1]};
    }

    /**
     * Whether two spans can be one moment, the second's day {@code days} after the first's. A span not told reads
     * as any time: only a day set against a day can disagree then.
     */
    static boolean meet(int[] a, int[] b, int days) {
        if (a == null || b == null) {
            return days == 0;
        }
        return a[0] < b[1] + days * DAY && b[0] + days * DAY < a[1];
    }

    /**
     * Days from one reading of a date to another when they are one day apart (1 or -1), else 0: two month-days,
     * or two weekdays, which a story tells of one week.
     */
    static int dayGap(Timex x, Timex y, int year) {
        if (x.month() != null && x.day() != null && y.month() != null && y.day() != null) {
            try {
                long k = java.time.LocalDate.of(year, x.month(), x.day()).until(
                        java.time.LocalDate.of(year, y.month(), y.day()), java.time.temporal.ChronoUnit.DAYS);
                return Math.abs(k) == 1 ? (int) k : 0;
            } catch (java.time.DateTimeException e) {
                return 0;
            }
        }
        if (x.dayOfWeek() != null && y.dayOfWeek() != null) {
            int k = ((y.dayOfWeek() - x.dayOfWeek()) % 7 + 7) % 7;
            return k == 1 ? 1 : k == 6 ? -1 : 0;
        }
        return 0;
    }

    /** Whether two compatible readings name one day: both a month and day, or both a weekday (of one week). */
    static boolean sameDay(Timex x, Timex y) {
        return x.day() != null && y.day() != null || x.dayOfWeek() != null && y.dayOfWeek() != null;
    }
}
