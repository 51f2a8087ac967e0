package io.concord.conflicts.dates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Synonyms;
import io.concord.conflicts.text.Token;
import io.concord.language.ReportingVerbs;

/**
 * The senses of the words around each date of a story, and the verb each date hangs on, read once per date: read
 * again for every pair of dates, they were a quarter of the conflict detection's time on a story of a thousand
 * syndicated copies.
 */
final class SenseWindows {
    /** Words each side of a date read for its senses. */
    private static final int SENSE_WINDOW = 10;

    private final List<DateRule.Item> items;
    private final List<List<Synonyms.Concept>> windows;
    private final List<Optional<Synonyms.Concept>> verbs;

    SenseWindows(List<DateRule.Item> items) {
        this.items = items;
        this.windows = new ArrayList<>(Collections.nCopies(items.size(), null));
        this.verbs = new ArrayList<>(Collections.nCopies(items.size(), null));
    }

    /** Whether the dates {@code i} and {@code j} hang on one event verb or verbs of one sense ({@link EventVerbs}). */
    boolean sameVerb(int i, int j) {
        DateRule.Item a = items.get(i);
        DateRule.Item b = items.get(j);
        if (a.prospective() || b.prospective() || a.value().granularity() != b.value().granularity()) {
            return false;
        }
        Optional<Synonyms.Concept> x = verb(i);
        Optional<Synonyms.Concept> y = verb(j);
        return x.isPresent() && y.isPresent() && x.get().matches(y.get());
    }

    private Optional<Synonyms.Concept> verb(int i) {
        Optional<Synonyms.Concept> v = verbs.get(i);
        if (v == null) {
            v = Optional.ofNullable(EventVerbs.verb(items.get(i)));
            verbs.set(i, v);
        }
        return v;
    }

    /**
     * Whether two different words near the dates {@code i} and {@code j} share a sense: the event told with other
     * verbs or nouns ("fell" / "dropped", "ran aground" / "grounded"). Verbs of saying are left out: every report
     * has one.
     */
    boolean sameSense(int i, int j) {
        List<Synonyms.Concept> near = window(i);
        for (Synonyms.Concept y : window(j)) {
            for (Synonyms.Concept x : near) {
                if (!x.key().equals(y.key()) && !x.meaning().equals(y.meaning()) && x.matches(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Synonyms.Concept> window(int i) {
        List<Synonyms.Concept> w = windows.get(i);
        if (w == null) {
            w = read(items.get(i));
            windows.set(i, w);
        }
        return w;
    }

    private static List<Synonyms.Concept> read(DateRule.Item it) {
        DocumentView view = it.view();
        int[] clause = DateReading.clause(view, it.date());
        int first = view.tokenAt(it.date().begin());
        int last = view.tokenAt(it.date().end());
        List<Synonyms.Concept> out = new ArrayList<>();
        List<Token> tokens = view.tokens();
        for (int t = Math.max(0, first - SENSE_WINDOW); t < Math.min(tokens.size(), last + SENSE_WINDOW); t++) {
            Token tok = tokens.get(t);
            if ((t >= first && t < last) || tok.begin() < clause[0] || tok.end() > clause[1] || tok.isNumber()
                    || ReportingVerbs.isReportingVerb(tok.norm())) {
                continue;
            }
            Synonyms.Concept c = view.concept(t);
            if (!c.stop() && c.senses().length > 0 && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
