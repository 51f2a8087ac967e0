package io.concord.conflicts.dates;

import java.util.List;

import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Synonyms;
import io.concord.conflicts.text.Token;
import io.concord.language.CalendarWords;
import io.concord.language.ReportingVerbs;

/**
 * The verb a date hangs on ("a tanker that sank off Mindoro on Monday": sank), as evidence that two dates with
 * few shared words date one event: reports retelling an event keep its verb, or use one of the same sense
 * ("flooded" / "inundated"), while the words around it differ. A verb is a word WordNet reads first as a verb
 * (sank, approved, flooded; not fire or strike, read first as nouns), the nearest before the date in its own
 * clause; a date to come is left out (a plan is not the event it names).
 */
final class EventVerbs {
    /** Added to the context similarity of two dates that hang on one verb or on verbs of one sense. */
    static final double BONUS = 0.2;
    /** Words back from a date, within its clause, read for its verb ("sank off the island of Mindoro on"). */
    private static final int WINDOW = 8;

    private EventVerbs() {}

    /** The verb a date hangs on: the nearest word before it in its clause that WordNet reads first as a verb. */
    static Synonyms.Concept verb(DateRule.Item it) {
        DocumentView view = it.view();
        int[] clause = DateReading.clause(view, it.date());
        List<Token> tokens = view.tokens();
        int first = view.tokenAt(it.date().begin());
        for (int t = first - 1; t >= Math.max(0, first - WINDOW); t--) {
            Token tok = tokens.get(t);
            if (tok.begin() < clause[0]) {
                return null;
            }
            if (tok.stop() || tok.isNumber() || ReportingVerbs.isReportingVerb(tok.norm())
                    || CalendarWords.isMonthOrWeekday(tok.norm())) {
                continue;
            }
            if (view.verbAt(t)) {
                return view.concept(t);
            }
        }
        return null;
    }
}
