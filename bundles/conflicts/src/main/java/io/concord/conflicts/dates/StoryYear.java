package io.concord.conflicts.dates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Token;

/**
 * The year a story is told in, when one of its reports states it: a dateline with a year ("OSLO, May 4, 2029
 * -"), or a year told in the present tense ("It is the third strike at the port in 2029", "Prices are up 4% in
 * 2029"). With it a number of years ago is a calendar year ("a fire 12 years ago" is 2017 in 2029, set against
 * another report's "the fire of 2019"), and a month and day without a year have a weekday ("May 21" of 2029 is a
 * Monday, never another report's "Tuesday"). Reports of one story appear within days of one another, so the year
 * of one is the year of all. Two different years stated so leave the story's year unknown.
 */
final class StoryYear {
    /** Forms of "be" and "have" in the present: the year of a clause so told is the current one. */
    private static final Set<String> PRESENT = Set.of("is", "are", "has", "have");
    /** Words back from a year, within its clause, read for the verb it hangs on. */
    private static final int WINDOW = 12;
    /** Words of something to come: "the next election is in 2032" tells a plan, not the current year. */
    private static final Set<String> UPCOMING = Set.of("next", "coming", "upcoming", "future", "following");

    private StoryYear() {}

    /** The story's year, or null when no report states it or two reports state different years. */
    static Integer of(List<DateRule.Item> items, List<ReportDays.Filing> filings) {
        Set<Integer> years = new HashSet<>();
        for (ReportDays.Filing f : filings) {
            if (f.dateline() && f.value().year() != null) {
                years.add(f.value().year());
            }
        }
        for (DateRule.Item it : items) {
            if (present(it)) {
                years.add(it.value().year());
            }
        }
        if (years.size() != 1) {
            return null;
        }
        int year = years.iterator().next();
        // a weekday written with its date ("Tuesday, July 9") that falls on another weekday in that year refutes it
        for (int[] a : ReportDays.anchors(items)) {
            Integer w = ReportDays.weekday(year, a[0], a[1]);
            if (w != null && w != a[2]) {
                return null;
            }
        }
        return year;
    }

    /**
     * Whether a year alone ("in 2029", no month, not a bound nor a plan) hangs on a verb in the present tense: the
     * first verb back from it in its clause is "is" or "are" ("it is the first strike in 2029"), not a participle
     * ("the club, founded in 1994, is ..." hangs 1994 on "founded").
     */
    static boolean present(DateRule.Item it) {
        Timex v = it.value();
        if (v.year() == null || v.month() != null || v.yearsAgo() != null || it.bound() != null || it.prospective()) {
            return false;
        }
        DocumentView view = it.view();
        List<Token> tokens = view.tokens();
        int at = view.tokenAt(it.date().begin());
        if (at < 1 || !tokens.get(at - 1).norm().equals("in")) {
            return false;
        }
        int[] clause = DateReading.clause(view, it.date());
        boolean content = false;
        for (int t = at - 2; t >= Math.max(0, at - WINDOW) && tokens.get(t).begin() >= clause[0]; t--) {
            String w = tokens.get(t).norm();
            if (PRESENT.contains(w)) {
                return content; // "the vote is in 2032" dates the vote, to come; "it is the first vote in 2029" is now
            }
            if (UPCOMING.contains(w)) {
                return false;
            }
            content |= !tokens.get(t).stop();
            if (tokens.get(t).isNumber() || view.text().charAt(tokens.get(t).begin()) == ',') {
                return false; // another figure, or a comma: an apposition or a clause of its own
            }
            if (!tokens.get(t).stop() && view.verbAt(t)) {
                return false;
            }
        }
        return false;
    }

    /** A number of years ago as the calendar year it is in the story's year; the date itself otherwise. */
    static Timex calendar(Timex v, Integer year) {
        return year == null || v.yearsAgo() == null ? v : new Timex(year - v.yearsAgo(), null, null, null);
    }
}
