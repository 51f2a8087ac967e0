package io.concord.conflicts.dates;

import java.util.HashSet;
import java.util.Set;

import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Token;

/**
 * A lead that dates what followed another event ("bonds rallied on Monday after the fund approved the loan") is not
 * the date of that event, which another report's lead may date ("the fund approved the loan on Friday"). The lead's
 * clause ends at the connector ({@link DateReading#clause}); when the other report's words name the event after the
 * connector at least as well as the dated clause, the two dates are of an event and its aftermath.
 */
final class Aftermaths {
    private static final Set<String> EARLIER = Set.of("after", "following", "since", "because", "amid");

    private Aftermaths() {}

    /** Whether either date's sentence connects it to an earlier event that the other date's words name more. */
    static boolean either(DateRule.Item a, DateRule.Item b) {
        return namesTheEarlierEvent(a, b) || namesTheEarlierEvent(b, a);
    }

    private static boolean namesTheEarlierEvent(DateRule.Item it, DateRule.Item other) {
        DocumentView view = it.view();
        if (view.dateline() != null) {
            // a wire lead under a dateline tells the news of its day, the cause after it at most as a reason ("into
            // orbit on Wednesday, after winds had forced two delays"); an opening without one (a market report, an
            // analysis) often tells what followed the news
            return false;
        }
        int[] clause = DateReading.clause(view, it.date());
        int[] sentence = it.sentence();
        if (clause[1] >= sentence[1]) {
            return false;
        }
        Token connector = view.tokens().get(view.tokenAt(clause[1]));
        if (!EARLIER.contains(connector.norm())) {
            return false;
        }
        Set<String> own = view.bag(clause[0], clause[1], it.date().begin(), it.date().end(), 1.0).weights().keySet();
        Set<String> earlier = view.bag(clause[1], sentence[1], it.date().begin(), it.date().end(), 1.0).weights()
                .keySet();
        // the other date's whole clause as well as its near words: a long clause tells its event beyond them
        Set<String> words = new HashSet<>(other.context().weights().keySet());
        int[] otherClause = DateReading.clause(other.view(), other.date());
        words.addAll(other.view().bag(otherClause[0], otherClause[1], other.date().begin(), other.date().end(), 1.0)
                .weights().keySet());
        // as many shared words as the dated clause has is enough: the earlier event is then told at least as well
        int named = shared(earlier, words);
        return named > 0 && named >= shared(own, words);
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
