package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Set;

import io.concord.language.CalendarWords;

/**
 * Date rules: weekdays, months with or without day and year, day-month dates, ISO dates, years standing alone,
 * decades and {@code mid-2027}. Values are TIMEX3 strings. Remembers the last full year for
 * {@code January the same year}.
 */
final class DateReader {
    /** Receives the dates found, with the index of the token after each. */
    interface Sink {
        void add(FigureMatch match, int endToken);
    }

    private static final double CONF_DATE = 0.9;
    private static final double CONF_MONTH_ALONE = 0.85;
    private static final double CONF_AMBIGUOUS_MONTH = 0.7;
    private static final double CONF_YEAR = 0.85;
    private static final double CONF_BARE_YEAR = 0.7;

    private static final Set<String> DETERMINERS_BEFORE_YEAR = Set.of(
            "the", "its", "their", "his", "her", "our", "this", "that", "a", "an");

    private final TokenWindow w;
    private final List<Token> t;
    private final UnitReader units;
    private final FigureRecognizer.Options options;
    private final Sink sink;
    /** The last year stated in full, for {@code January the same year}. */
    private String lastYear;
    /** The month of the last date that has one, for {@code on the 24th}. */
    private Integer lastMonth;

    DateReader(TokenWindow w, UnitReader units, FigureRecognizer.Options options, Sink sink) {
        this.w = w;
        this.t = w.tokens();
        this.units = units;
        this.options = options;
        this.sink = sink;
    }

    /** A date starting with the word at i (weekday, month, season, mid-/early-/late-); -1 when none. */
    int atWord(int i, Token tok) {
        if (tok.isCapitalized()) {
            int weekday = CalendarWords.weekday(tok.lower());
            if (weekday > 0) {
                return weekday(i, weekday);
            }
            if (CalendarWords.isMonth(tok.lower()) || (CalendarWords.monthAbbreviation(tok.lower()) > 0)) {
                int r = month(i);
                if (r > i) {
                    return r;
                }
            }
        }
        // Spring 2027 and, as news mostly writes it, spring 2027: the season of that year
        if (Calendar.SEASONS.containsKey(tok.lower()) && isYearToken(i + 1) && t.get(i + 1).spaced()) {
            return emitDate(i, i + 1, t.get(i + 1).text() + "-" + Calendar.SEASONS.get(tok.lower()), CONF_DATE);
        }
        if ((tok.is("mid") || tok.is("early") || tok.is("late")) && w.dashJoined(i + 1)) {
            return midDate(i);
        }
        return -1;
    }

    /** A date starting with the number at i (ISO date, day-month, year, decade); -1 when none. */
    int atNumber(int i) {
        int r = isoDate(i);
        if (r > i) {
            return r;
        }
        r = dayMonth(i);
        if (r > i) {
            return r;
        }
        return year(i);
    }

    private int weekday(int i, int day) {
        Token next = w.get(i + 1);
        if (next != null && next.isCapitalized() && next.spaced()
                && Calendar.WEEKDAY_TITLE_WORDS.contains(next.lower())) {
            return i + 2;
        }
        return emitDate(i, i, "XXXX-WXX-" + day, CONF_DATE);
    }

    /** {@code March 15, 2024}, {@code Sept 2027}, {@code November}, {@code January the same year}. */
    private int month(int i) {
        Token tok = t.get(i);
        boolean abbreviation = !CalendarWords.isMonth(tok.lower());
        int m = abbreviation ? CalendarWords.monthAbbreviation(tok.lower()) : CalendarWords.month(tok.lower());
        int j = i + 1;
        if (abbreviation && w.get(j) != null && t.get(j).isSymbol('.') && !t.get(j).spaced()) {
            j++;
        }
        int day = w.get(j) != null && t.get(j).spaced() ? dayNumber(j) : -1;
        if (day > 0) {
            int last = j;
            if (w.ordinalSuffix(j + 1)) {
                last = j + 1;
            }
            if (w.dashJoined(last + 1) && rangeEndDay(last + 2, day)) {
                last += 2; // May 19-21: dated by its first day
            }
            int yearAt = -1;
            if (w.get(last + 1) != null && t.get(last + 1).isSymbol(',') && isYearToken(last + 2)) {
                yearAt = last + 2;
            } else if (isYearToken(last + 1) && t.get(last + 1).spaced()) {
                yearAt = last + 1;
            }
            String year = yearAt > 0 ? t.get(yearAt).text() : null;
            int end = yearAt > 0 ? yearAt : last;
            return emitDate(spanStartWithMid(i), end, timex(year, m, day), CONF_DATE);
        }
        if (isYearToken(j) && t.get(j).spaced() && !units.followedByUnit(j)) {
            return emitDate(spanStartWithMid(i), j, timex(t.get(j).text(), m, 0), CONF_DATE);
        }
        if (abbreviation) {
            return i + 1;
        }
        // the month alone
        boolean ambiguous = Calendar.AMBIGUOUS_MONTHS.contains(tok.lower());
        Token prev = w.get(i - 1);
        boolean dateContext = prev != null && (Calendar.DATE_PREPOSITIONS.contains(prev.lower())
                || (prev.isDash() && !prev.spaced() && spanStartWithMid(i) < i));
        if (prev != null && prev.isCapitalized() && tok.spaced() && !w.isSentenceStart(i - 1)
                && !CalendarWords.isWeekday(prev.lower()) && !w.isTitleLine(i)) {
            return i + 1; // Theresa May, Brian May
        }
        String sameYear = sameYear(i + 1);
        if (ambiguous && !dateContext && sameYear == null && !calledMonth(i)) {
            return i + 1;
        }
        double conf = ambiguous ? CONF_AMBIGUOUS_MONTH : CONF_MONTH_ALONE;
        return emitDate(spanStartWithMid(i), i, timex(sameYear, m, 0), conf);
    }

    /** Words between "was" and "month" in "August was the busiest month". */
    private static final int CALLED_MONTH_WORDS = 4;

    /**
     * "August was the busiest month", "May is usually the wettest month": a month name its clause calls a month
     * is the month, not a given name or a verb, with no preposition before it.
     */
    private boolean calledMonth(int i) {
        if (!w.is(i + 1, "was") && !w.is(i + 1, "is")) {
            return false;
        }
        for (int j = i + 2; j <= i + 1 + CALLED_MONTH_WORDS && w.get(j) != null; j++) {
            if (w.is(j, "month")) {
                return true;
            }
            if (!t.get(j).isWord()) {
                return false; // a comma or a figure: another clause
            }
        }
        return false;
    }

    /** {@code the same year}, {@code that year}, {@code of the same year} after a month: the year last stated. */
    private String sameYear(int j) {
        if (lastYear == null) {
            return null;
        }
        if (w.is(j, "of")) {
            j++;
        }
        if (w.is(j, "the") && w.is(j + 1, "same") && w.is(j + 2, "year")) {
            return lastYear;
        }
        if (w.is(j, "that") && w.is(j + 1, "year")) {
            return lastYear;
        }
        return null;
    }

    /** {@code 15 March 2024}, {@code 1st of May}. */
    private int dayMonth(int i) {
        int day = dayNumber(i);
        if (day <= 0) {
            return -1;
        }
        int j = i + 1;
        if (w.ordinalSuffix(j)) {
            j++;
        }
        if (w.dashJoined(j) && rangeEndDay(j + 1, day)) {
            j += 2; // 19-21 May: dated by its first day
            if (w.ordinalSuffix(j)) {
                j++;
            }
        }
        if (w.is(j, "of")) {
            j++;
        }
        Token mt = w.get(j);
        if (mt == null || !mt.isCapitalized() || !mt.spaced()) {
            return -1;
        }
        int m = CalendarWords.month(mt.lower());
        if (m == 0) {
            m = CalendarWords.monthAbbreviation(mt.lower());
        }
        if (m == 0) {
            return -1;
        }
        int last = j;
        if (!CalendarWords.isMonth(mt.lower()) && w.get(j + 1) != null && t.get(j + 1).isSymbol('.')
                && !t.get(j + 1).spaced()) {
            last = j + 1;
        }
        String year = null;
        if (isYearToken(last + 1) && t.get(last + 1).spaced()) {
            last++;
            year = t.get(last).text();
        } else if (w.get(last + 1) != null && t.get(last + 1).isSymbol(',') && isYearToken(last + 2)) {
            last += 2;
            year = t.get(last).text();
        }
        return emitDate(i, last, timex(year, m, day), CONF_DATE);
    }

    /** {@code 2024-03-15}. */
    private int isoDate(int i) {
        if (!isYearToken(i) || !w.dashJoined(i + 1) || !w.dashJoined(i + 3)) {
            return -1;
        }
        Token m = w.get(i + 2);
        Token d = w.get(i + 4);
        if (m == null || d == null || !m.isNumber() || !d.isNumber() || m.text().length() != 2
                || d.text().length() != 2 || !TokenWindow.plainDigits(m) || !TokenWindow.plainDigits(d)) {
            return -1;
        }
        int month = Integer.parseInt(m.text());
        int day = Integer.parseInt(d.text());
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return -1;
        }
        return emitDate(i, i + 4, t.get(i).text() + "-" + m.text() + "-" + d.text(), CONF_DATE);
    }

    /** {@code mid-2027}, {@code mid-March}, {@code early-2025}: the span keeps the prefix. */
    private int midDate(int i) {
        int j = i + 2;
        if (isYearToken(j) && !units.followedByUnit(j)) {
            return emitDate(i, j, t.get(j).text(), CONF_YEAR);
        }
        Token mt = w.get(j);
        if (mt != null && mt.isCapitalized() && CalendarWords.isMonth(mt.lower())) {
            return month(j);
        }
        return -1;
    }

    /** A year standing alone, a decade ({@code 1990s}), or a year range ({@code 2022-2024}, {@code 2023-24}). */
    private int year(int i) {
        if (!isYearToken(i) || units.followedByUnit(i)) {
            return -1;
        }
        if (w.inLink(i)) {
            return i + 1;
        }
        Token tok = t.get(i);
        Token prev = w.get(i - 1);
        if (prev != null && (prev.isSymbol('©') || prev.is("copyright")
                || prev.isSymbol(')') && w.is(i - 2, "c") && w.is(i - 3, "("))) {
            return i + 1; // © 2023 Thomson Reuters, Copyright 2025: boilerplate, not a date the text states
        }
        if (prev != null && !tok.spaced() && (prev.isWord() || prev.isNumber()
                || UnitLexicon.CURRENCY_PREFIXES.containsKey(prev.lower()))) {
            return -1; // FY2024, $2024: not a year; number() judges the rest
        }
        if (prev != null && prev.isDash() && !tok.spaced() && !prev.spaced() && w.get(i - 2) != null
                && !w.get(i - 2).isNumber()) {
            return -1; // F-2000
        }
        String y = tok.text();
        int spanEnd = i;
        int consumed = i + 1;
        String timex = y;
        double confidence;
        if (w.adjacentSuffix(i, "s")) {
            timex = y.substring(0, 3); // the 1990s
            spanEnd = i + 1;
            consumed = i + 2;
            confidence = CONF_YEAR;
        } else {
            if (w.dashJoined(i + 1) && w.get(i + 2) != null && t.get(i + 2).isNumber() && !t.get(i + 2).spaced()) {
                if (units.followedByUnit(i + 2) || pluralNounAfter(i + 2)) {
                    return -1; // 2000-3000 troops: a range, read by number()
                }
                if (t.get(i + 2).text().length() == 2) {
                    spanEnd = i + 2; // 2023-24: a season or fiscal year, dated by its first year
                    consumed = i + 3;
                }
            } else if (w.is(i + 1, "/") && !t.get(i + 1).spaced() && w.get(i + 2) != null
                    && t.get(i + 2).isNumber() && !t.get(i + 2).spaced() && t.get(i + 2).text().length() == 2) {
                spanEnd = i + 2; // the 2025/26 season: written with a slash as well
                consumed = i + 3;
            }
            boolean preposition = prev != null && tok.spaced() && Calendar.DATE_PREPOSITIONS.contains(prev.lower());
            boolean determiner = prev != null && (DETERMINERS_BEFORE_YEAR.contains(prev.lower()) || w.isApostropheS(i - 2));
            int value = Integer.parseInt(y);
            // 2000 troops is a count, 2019 levels a date: years used as modifiers are rarely round hundreds
            boolean roundCount = value % 100 == 0 || value < 1950;
            if (Hedges.before(w, i) != Qualifier.EXACT || !preposition && !determiner && roundCount && pluralNounAfter(i)) {
                return -1; // some 2000 soldiers, 1500 troops: a count
            }
            if (!preposition && (value < 1900 || value > 2100)) {
                return -1;
            }
            confidence = preposition ? CONF_YEAR : CONF_BARE_YEAR;
        }
        if (!options.yearsAlone()) {
            return consumed;
        }
        emitDate(i, spanEnd, timex, confidence);
        return consumed;
    }

    /** The month of the last date read that has one (the dateline's included), or null. */
    Integer lastMonth() {
        return lastMonth;
    }

    /** Emits a date of tokens {@code [first, last]} read by another reader; the index after it. */
    int emit(int first, int last, String timex, double confidence) {
        return emitDate(first, last, timex, confidence);
    }

    private int emitDate(int first, int last, String timex, double confidence) {
        // until at least 23 March bounds the date; other hedge words before a date mean other things (over Easter)
        Qualifier q = Hedges.before(w, first) == Qualifier.AT_LEAST ? Qualifier.AT_LEAST : Qualifier.EXACT;
        FigureMatch m = new FigureMatch(t.get(first).begin(), t.get(last).end(), FigureKind.DATE, Double.NaN, timex,
                null, q, null, null, null, confidence);
        sink.add(m, last + 1);
        if (timex.length() >= 4 && Character.isDigit(timex.charAt(0)) && Character.isDigit(timex.charAt(3))) {
            lastYear = timex.substring(0, 4);
        }
        if (timex.length() >= 7 && timex.charAt(4) == '-' && Character.isDigit(timex.charAt(5))
                && Character.isDigit(timex.charAt(6))) {
            lastMonth = Integer.parseInt(timex.substring(5, 7));
        }
        return last + 1;
    }

    private static String timex(String year, int month, int day) {
        StringBuilder sb = new StringBuilder(10);
        sb.append(year == null ? "XXXX" : year).append('-');
        if (month < 10) {
            sb.append('0');
        }
        sb.append(month);
        if (day > 0) {
            sb.append('-');
            if (day < 10) {
                sb.append('0');
            }
            sb.append(day);
        }
        return sb.toString();
    }

    /** Span start for a month or year written {@code mid-March}: the {@code mid} token. */
    private int spanStartWithMid(int i) {
        Token dash = w.get(i - 1);
        Token mid = w.get(i - 2);
        if (dash != null && dash.isDash() && !dash.spaced() && !t.get(i).spaced() && mid != null
                && (mid.is("mid") || mid.is("early") || mid.is("late"))) {
            return i - 2;
        }
        return i;
    }

    /** A day of the month at j (1 to 31, one or two digits, not glued to a word or number before it). */
    private int dayNumber(int j) {
        Token d = w.get(j);
        if (d == null || !d.isNumber() || d.text().length() > 2 || !TokenWindow.plainDigits(d)) {
            return -1;
        }
        Token before = w.get(j - 1);
        if (!d.spaced() && before != null && (before.isWord() || before.isNumber() || before.isDash())) {
            return -1;
        }
        Token after = w.get(j + 1);
        if (after != null && !after.spaced() && (after.isSymbol(':') || after.isSymbol('%')
                || after.isSymbol('/') || after.isSymbol('.') && !sentenceEnd(j + 2))) {
            return -1; // 10:30, 5%, 15/03 and 5.x; but "on Nov. 26." ends a sentence
        }
        int v = Integer.parseInt(d.text());
        return v >= 1 && v <= 31 ? v : -1;
    }

    /** Whether token k starts after white space, or the text ends before it. */
    private boolean sentenceEnd(int k) {
        Token next = w.get(k);
        return next == null || next.spaced();
    }

    /** The second day of a range such as {@code 19-21}: glued to the dash, later than the first, at most 31. */
    private boolean rangeEndDay(int k, int firstDay) {
        Token d = w.get(k);
        if (d == null || d.spaced() || !d.isNumber() || d.text().length() > 2 || !TokenWindow.plainDigits(d)) {
            return false;
        }
        int v = Integer.parseInt(d.text());
        return v > firstDay && v <= 31;
    }

    private boolean isYearToken(int j) {
        Token y = w.get(j);
        if (y == null || !y.isNumber() || y.text().length() != 4 || !TokenWindow.plainDigits(y)) {
            return false;
        }
        int v = Integer.parseInt(y.text());
        return v >= 1000 && v <= 2100;
    }

    /** A plural noun right after the number at i ({@code 2000 troops}): then it is a count, not a year. */
    private boolean pluralNounAfter(int i) {
        Token next = w.get(i + 1);
        if (next == null || !next.spaced() || !next.isWord() || next.isCapitalized()) {
            return false;
        }
        if (MeasuredNoun.isPlural(next.lower())) {
            return true;
        }
        // 2000 more troops, 1500 Ukrainian soldiers
        Token after = w.get(i + 2);
        return after != null && after.isWord() && after.spaced() && MeasuredNoun.isPlural(after.lower())
                && (next.is("more") || next.is("other") || next.is("new") || next.is("additional"));
    }
}
