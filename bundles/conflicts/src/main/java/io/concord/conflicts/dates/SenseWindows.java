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
    /** Tokens read of a clause that tells a date's event: an apposition may stand before its verb. */
    private static final int TOLD_WINDOW = 20;

    private final List<DateRule.Item> items;
    private final Synonyms synonyms;
    private final List<Window> windows;
    private final List<Optional<Synonyms.Concept>> verbs;

    SenseWindows(List<DateRule.Item> items, Synonyms synonyms) {
        this.items = items;
        this.synonyms = synonyms;
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
     * has one. A word of a fixed expression read alone counts only between two events gone
     * by or two plans: "will leave office" and "stepped down" are a plan and what happened, two moments of a story.
     */
    boolean sameSense(int i, int j) {
        Window x = window(i);
        Window y = window(j);
        if (share(x.words(), y.words())) {
            return true;
        }
        return items.get(i).prospective() == items.get(j).prospective()
                && (share(x.alone(), y.words()) || share(x.words(), y.alone()) || share(x.alone(), y.alone()));
    }

    private static boolean share(List<Synonyms.Concept> a, List<Synonyms.Concept> b) {
        for (Synonyms.Concept y : b) {
            for (Synonyms.Concept x : a) {
                if (!x.key().equals(y.key()) && !x.meaning().equals(y.meaning()) && x.matches(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The concepts around a date, and the words of its fixed expressions read alone. */
    private record Window(List<Synonyms.Concept> words, List<Synonyms.Concept> alone) {}

    private Window window(int i) {
        Window w = windows.get(i);
        if (w == null) {
            w = read(items.get(i), synonyms);
            windows.set(i, w);
        }
        return w;
    }

    private static Window read(DateRule.Item it, Synonyms synonyms) {
        DocumentView view = it.view();
        int[] clause = DateReading.clause(view, it.date());
        int first = view.tokenAt(it.date().begin());
        int last = view.tokenAt(it.date().end());
        Window out = new Window(new ArrayList<>(), new ArrayList<>());
        List<Token> tokens = view.tokens();
        for (int t = Math.max(0, first - SENSE_WINDOW); t < Math.min(tokens.size(), last + SENSE_WINDOW); t++) {
            Token tok = tokens.get(t);
            if ((t >= first && t < last) || tok.begin() < clause[0] || tok.end() > clause[1] || tok.isNumber()
                    || ReportingVerbs.isReportingVerb(tok.norm())) {
                continue;
            }
            add(view, synonyms, t, out);
        }
        // the clause that tells what happened at the date ("came on Friday evening, when ...") is its event's words
        int[] told = DateReading.told(view, it.date());
        if (told != null) {
            for (int t = view.tokenAt(told[0]), k = 0; t < tokens.size() && tokens.get(t).begin() < told[1]
                    && k < TOLD_WINDOW; t++, k++) {
                if (!tokens.get(t).isNumber() && !ReportingVerbs.isReportingVerb(tokens.get(t).norm())) {
                    add(view, synonyms, t, out);
                }
            }
        }
        return out;
    }

    /**
     * The concept at token {@code t}, and the word itself when it stands in a fixed expression: the expression
     * may have a sense of its own while its verb alone shares one with the other report's verb (the event told
     * with another verb, or a verb and an expression built on its noun).
     */
    private static void add(DocumentView view, Synonyms synonyms, int t, Window out) {
        Synonyms.Concept c = view.concept(t);
        if (!c.stop() && c.senses().length > 0 && !out.words().contains(c)) {
            out.words().add(c);
        }
        if (c.firstToken() != c.lastToken()) {
            for (Synonyms.Concept w : synonyms.concepts(view.tokens().subList(t, t + 1))) {
                if (!w.stop() && w.senses().length > 0 && !out.alone().contains(w)) {
                    out.alone().add(w);
                }
            }
        }
    }
}
