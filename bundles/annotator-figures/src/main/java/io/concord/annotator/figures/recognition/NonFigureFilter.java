package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Set;

import io.concord.language.CalendarWords;

/**
 * Tells numbers that are no figures: identifiers and codes ({@code G7}, {@code COVID-19}), numbers in names and
 * references ({@code article 5}, {@code Boeing 737}), phone numbers, times of day, list markers, scores, words
 * glued to a number ({@code 5G}) and the pronoun {@code one}. A rejected number is skipped whole, so that its
 * pieces are not read again.
 */
final class NonFigureFilter {
    /** Nouns that, right before a number, make it part of a name or reference ({@code article 5}). */
    private static final Set<String> DESIGNATORS = Set.of(
            "article", "section", "chapter", "resolution", "flight", "route", "highway", "page", "pages", "number",
            "no", "nos", "room", "platform", "gate", "terminal", "line", "phase", "stage", "round", "level", "grade",
            "category", "season", "episode", "series", "version", "vol", "volume", "model", "item", "paragraph",
            "clause", "amendment", "lot", "seat", "row", "bus", "channel", "district", "ward", "precinct", "block",
            "unit", "apartment", "suite", "floor", "pp", "p", "act", "bill", "law", "decree", "tier", "class",
            "type", "mark", "squad", "code", "ref", "id", "figure", "fig", "table", "exhibit", "part", "term",
            "week", "day", "game", "match", "leg", "division", "league", "road", "street", "avenue",
            "exit", "junction", "kilometre", "km", "mile", "hole", "lap", "verse", "psalm", "year", "runway", "pier",
            "berth", "sector", "zone");

    private static final Set<String> CLOCK_WORDS = Set.of(
            "am", "pm", "gmt", "bst", "utc", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "cst", "cdt",
            "eet", "eest", "msk", "ist", "jst", "aest", "hrs", "hours", "h");

    /** Words before {@code one} that make it a pronoun: {@code no one}, {@code the one}, {@code each one}. */
    private static final Set<String> PRONOUN_ONE_BEFORE = Set.of(
            "no", "the", "this", "that", "any", "every", "each", "which", "such", "another", "little", "loved",
            "young", "right", "wrong", "last", "same", "other", "someone", "everyone", "anyone", "big",
            "new", "old", "good", "bad", "first", "next", "whichever", "a", "as");

    /** Words after {@code one} that make it a pronoun or an idiom: {@code one of}, {@code one day}, ... */
    private static final Set<String> PRONOUN_ONE_AFTER = Set.of(
            "of", "another", "who", "that", "which", "is", "was", "has", "had", "can", "could", "would", "will",
            "should", "must", "may", "might", "does", "did", "says", "said", "and", "or", "day", "time", "way",
            "hand", "side", "thing", "another's", "knows", "thinks", "wants", "gets",
            "goes", "needs", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than", "if", "but",
            "else", "too", "more", "last", "less", "here", "there", "off", "such", "the", "a", "an", "he", "she",
            "it", "they", "we", "i", "you", "myself", "itself", "himself", "herself", "themselves", "would've");

    /** Words before {@code one point} that make it a moment or a place ({@code at one point}). */
    private static final Set<String> POINT_IDIOM_LEADS = Set.of("at", "from", "to", "on", "beyond", "until");

    /** Words before {@code one day} that make it a real duration: {@code for one day}. */
    private static final Set<String> DURATION_LEADS = Set.of(
            "for", "within", "after", "than", "only", "just", "over", "in", "last", "lasted", "took", "spent");

    private static final Set<String> SCORE_WORDS = Set.of(
            "won", "win", "wins", "beat", "beats", "lost", "lose", "loses", "drew", "draw", "defeat", "defeated",
            "victory", "score", "scored", "scoreline", "thrashed", "edged", "vote", "voted", "votes", "margin");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "in", "on", "at", "by", "since", "until", "from", "the", "about", "around", "some", "over", "under",
            "nearly", "almost", "only", "just", "more", "fewer", "less", "up", "as", "of", "for", "and", "but",
            "or", "with", "after", "before", "during", "between", "to", "than", "roughly", "approximately", "an",
            "a", "all", "those", "these", "within", "below", "above", "exceeding", "estimated", "another", "its",
            "their", "his", "her", "our", "my", "your", "per", "least", "most", "every", "each", "both", "when",
            "while", "if", "although", "though", "because", "so", "then", "now", "still", "also", "even", "well",
            "exactly", "precisely", "including", "plus", "minus", "into", "through", "across", "among",
            "against", "without", "toward", "towards", "via", "like", "unlike", "beyond", "near", "outside",
            "inside", "upon", "onto", "out", "off", "down", "this", "that", "which", "what", "where", "who", "why",
            "how", "there", "here", "it", "they", "we", "he", "she", "you", "i", "top", "total");

    private final TokenWindow w;
    private final List<Token> t;
    private final int n;
    private final UnitReader units;

    NonFigureFilter(TokenWindow w, UnitReader units) {
        this.w = w;
        this.t = w.tokens();
        this.n = w.size();
        this.units = units;
    }

    /** Index to skip to when the number is not a figure, or -1 when it may be one. */
    int rejectNumber(int spanStart, NumberReader.Num num, String currency) {
        int first = num.first();
        Token tok = t.get(first);
        Token prev = w.get(first - 1);
        if (tok.isNumber() && tok.text().length() > 19) {
            return num.last() + 1; // an identifier or a run of digits, not a quantity
        }
        if (tok.isNumber() && currency == null) {
            if (prev != null && !tok.spaced()) {
                if (prev.isWord() || prev.isSymbol('#') || prev.isSymbol('+') || prev.isSymbol('@')
                        || prev.isSymbol('/') || prev.isSymbol(':') || prev.isSymbol('.') || prev.isSymbol('_')
                        || prev.isSymbol('=') || prev.isSymbol('\\') || prev.isNumber()) {
                    return num.last() + 1; // G7, MH17, #10, +44, v2, 10:30
                }
                if (prev.isDash() && !prev.spaced() && w.get(first - 2) != null
                        && (w.get(first - 2).isWord() || w.get(first - 2).isNumber())) {
                    return num.last() + 1; // COVID-19, F-16, 555-1234
                }
            }
            if (prev != null && prev.spaced() && prev.isWord() && !w.isTitleLine(first)) {
                if (DESIGNATORS.contains(prev.lower()) && !(prev.is("week") || prev.is("day") || prev.is("year")
                        || prev.is("term") || prev.is("part") || prev.is("km") || prev.is("mile"))
                        || prev.is("no") && prev.isCapitalized()) {
                    return num.last() + 1; // article 5, Flight 17, No 10
                }
                if (TokenWindow.hasUpperCase(prev) && !w.isSentenceStart(first - 1)
                        && !CalendarWords.isWeekday(prev.lower()) && !CalendarWords.isMonth(prev.lower())
                        && !isFunctionWord(prev.lower())) {
                    return num.last() + 1; // Resolution 2231, Boeing 737, Windows 11
                }
            }
            if (prev != null && prev.isWord() && !prev.spaced() && TokenWindow.hasUpperCase(prev)
                    && w.get(first - 2) != null && w.get(first - 2).isSymbol('&')) {
                return num.last() + 1; // S&P 500: the number of an index or a firm written with an ampersand
            }
            if (w.inLink(first)) {
                return num.last() + 1;
            }
            Token next = w.get(num.last() + 1);
            if (next != null && next.isNumber() && next.spaced() && !w.isTitleLine(first)) {
                int k = num.last() + 1;
                while (k < n && t.get(k).isNumber() && t.get(k).spaced()) {
                    k++;
                }
                return k; // 020 7946 0958: a phone number or a list of codes
            }
            if (next != null && !next.spaced() && (next.isSymbol(':') || next.isSymbol('/'))
                    && w.get(num.last() + 2) != null && t.get(num.last() + 2).isNumber()) {
                return num.last() + 3; // 10:30, 24/7, 15/03/2024
            }
        }
        if (tok.isNumber() && tok.lineStart() && currency == null && w.get(num.last() + 1) != null
                && (t.get(num.last() + 1).isSymbol('.') || t.get(num.last() + 1).isSymbol(')'))
                && !t.get(num.last() + 1).spaced() && w.get(num.last() + 2) != null && t.get(num.last() + 2).spaced()) {
            return num.last() + 2; // "1. First point": a list marker
        }
        if (tok.isNumber() && prev != null && (prev.is("at") || prev.is("from") || prev.is("until") || prev.is("to")
                || prev.is("till") || prev.is("by")) && looksLikeClock(tok) && !units.followedByUnit(first)) {
            return num.last() + 1; // at 9.30, from 10.15
        }
        if (num.words() && !num.ratio()) {
            if ((tok.isCapitalized() || tok.isAllCaps()) && !w.isSentenceStart(first) && !w.isTitleLine(first)) {
                return num.last() + 1; // Group of Seven, Formula One, the Big Three
            }
        }
        // a lone article is a number only as a dozen, or before the unit it counts one of (a percentage point)
        if (num.words() && (tok.is("a") || tok.is("an")) && !num.ratio() && !num.scaled() && num.value() != 12
                && !(num.value() == 1 && num.last() == num.first())) {
            return num.last() + 1;
        }
        return -1;
    }

    static boolean isFunctionWord(String lower) {
        return FUNCTION_WORDS.contains(lower) || Hedges.BEFORE.containsKey(lower);
    }

    /** {@code one} as a pronoun or idiom: {@code no one}, {@code one of them}, {@code one day}. */
    boolean isPronounOne(NumberReader.Num num, int spanStart) {
        if (!num.words() || num.value() != 1 || num.last() != num.first() || !t.get(num.first()).is("one")) {
            return false;
        }
        Token prev = w.get(num.first() - 1);
        Token next = w.get(num.last() + 1);
        if (prev != null && prev.isWord() && PRONOUN_ONE_BEFORE.contains(prev.lower())) {
            return true;
        }
        if (next == null || !next.isWord()) {
            // one. one, one" : a pronoun unless a hedge makes it a count (at least one.)
            return Hedges.before(w, spanStart) == Qualifier.EXACT;
        }
        if (next.is("point")) {
            // at one point, from one point to the next: a moment or a place; one point behind: a count
            return prev == null || w.isSentenceStart(num.first())
                    || prev.isWord() && POINT_IDIOM_LEADS.contains(prev.lower());
        }
        if (next.is("day") || next.is("time")) {
            return !(prev != null && DURATION_LEADS.contains(prev.lower()));
        }
        return PRONOUN_ONE_AFTER.contains(next.lower()) || next.lower().endsWith("ly") || next.lower().endsWith("ed");
    }

    /** {@code 9.30}, {@code 23.45}: hours and minutes written with a point. */
    private static boolean looksLikeClock(Token tok) {
        String s = tok.text();
        int dot = s.indexOf('.');
        if (dot < 1 || dot > 2 || s.length() - dot != 3 || s.indexOf(',') >= 0) {
            return false;
        }
        int hours = Integer.parseInt(s.substring(0, dot));
        int minutes = Integer.parseInt(s.substring(dot + 1));
        return hours <= 24 && minutes < 60;
    }

    /** A time of day: the number ending at last before {@code pm}, {@code GMT}, {@code a.m.}. */
    boolean isClockTime(NumberReader.Num num, int last) {
        Token next = w.get(last + 1);
        if (next == null || !next.isWord()) {
            return false;
        }
        if (CLOCK_WORDS.contains(next.lower()) && !(next.is("hours") || next.is("hrs") || next.is("h"))) {
            return num.value() <= 24;
        }
        // 5 a.m., 7 p.m.
        return (next.is("a") || next.is("p")) && w.get(last + 2) != null && t.get(last + 2).isSymbol('.')
                && !t.get(last + 2).spaced() && w.is(last + 3, "m");
    }

    /** A word about winning, losing or voting near two numbers: {@code won 2-1} is a score, not a range. */
    boolean scoreContext(int first, int second) {
        for (int b = Math.max(0, first - 3); b <= Math.min(n - 1, second + 2); b++) {
            if (SCORE_WORDS.contains(t.get(b).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index to skip to when the bare count ending at {@code last} opens a tally rather than a figure, or -1: a team
     * name between two numbers ({@code Leeds 3 Stoke 1}), a vote count set against another
     * ({@code by 31 votes to 12}) and a sports total or bowling return ({@code 270 for six}, {@code six for 52}).
     */
    int tallyEnd(int spanStart, int first, int last, double value) {
        Token prev = w.get(first - 1);
        Token next = w.get(last + 1);
        if (next == null || !next.isWord()) {
            return -1;
        }
        if (prev != null && prev.isWord() && prev.isCapitalized() && next.isCapitalized()
                && !isFunctionWord(prev.lower()) && !isFunctionWord(next.lower()) && !isCalendarWord(prev)
                && !isCalendarWord(next)) {
            Token score = w.get(last + 2);
            boolean bare = score != null && score.isNumber() && TokenWindow.plainDigits(score)
                    && !units.followedByUnit(last + 2) && !adjacentLetterAfter(last + 2);
            return bare ? last + 3 : -1; // Leeds 3 Stoke 1: the score of a match, as headlines write it
        }
        if (!isFunctionWord(next.lower()) && !next.isCapitalized() && w.is(last + 2, "to")
                && scoreContext(spanStart, last + 3)) {
            int end = bareNumberEnd(last + 3);
            return end < 0 ? -1 : end + 1; // defeated by 31 votes to 12
        }
        if (next.is("for") && bareNumberEnd(last + 2) > 0) {
            // 270 for six, six for 52: runs for wickets, wickets for runs; one side counts at most ten wickets
            Token m = t.get(last + 2);
            double second = m.isNumber() ? NumberReader.parseDigits(m.text()) : NumberWords.SMALL.get(m.lower());
            boolean wickets = Math.min(value, second) <= 10 && Math.max(value, second) < 1000;
            return wickets ? last + 3 : -1;
        }
        return -1;
    }

    private static boolean isCalendarWord(Token tok) {
        return CalendarWords.isMonth(tok.lower()) || CalendarWords.isWeekday(tok.lower());
    }

    /** The last token of a whole number at k that counts nothing after it (no unit, scale or noun), or -1. */
    private int bareNumberEnd(int k) {
        Token tok = w.get(k);
        if (tok == null || !tok.spaced() || !(tok.isNumber() && TokenWindow.plainDigits(tok)
                || NumberWords.SMALL.containsKey(tok.lower()))) {
            return -1;
        }
        Token after = w.get(k + 1);
        if (units.followedByUnit(k) || after != null && after.isWord() && !isFunctionWord(after.lower())) {
            return -1;
        }
        return k;
    }

    /** A word or number glued after the number ending at last: {@code 5G}, {@code 747s}, {@code 21st}. */
    boolean adjacentLetterAfter(int last) {
        Token next = w.get(last + 1);
        return next != null && !next.spaced() && (next.isWord() || next.isNumber());
    }
}
