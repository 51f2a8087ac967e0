package io.concord.conflicts.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;
import io.concord.conflicts.claims.TimeAgo;
import io.concord.conflicts.figures.FigureRule.Item;
import io.concord.conflicts.text.DocumentView;

/**
 * Figures of an earlier event. A report of today's event often recalls another of its kind ("about 300 stranded in
 * May 2014", "nine years ago, some 300 came ashore") beside today's figure; a report that tells only today's gives
 * its figure no such date. The recalled figure is taken as another quantity than the other report's when its
 * sentence is dated (a year after in/on/during, or a time ago), the other's sentence is not, the other report names
 * that date nowhere, and the recalling report also states the other's value in a sentence not dated so: that
 * figure is the other's counterpart. A year read only as a name ("the 2028-29 budget") dates no event.
 */
final class EarlierEvents {
    private static final Set<String> AT = Set.of("in", "on", "during");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    /** A date in a report: where it is, what it names, and whether it dates the event of its sentence. */
    private record Mark(int begin, int end, String when, boolean dating) {}

    private final StatedValues stated;
    private final Map<DocumentView, List<Mark>> marks = new IdentityHashMap<>();
    private final Map<Item, Set<String>> dated = new IdentityHashMap<>();

    EarlierEvents(StatedValues stated) {
        this.stated = stated;
    }

    /** Whether one of two figures is of an earlier event than the other's, as the class comment says. */
    boolean apart(Item x, Item y) {
        return recalled(x, y) || recalled(y, x);
    }

    private boolean recalled(Item x, Item y) {
        Set<String> when = dated(x);
        Double value = y.figure().number("value");
        if (when.isEmpty() || !dated(y).isEmpty() || value == null || !FigureRule.uncommonNumber(value)) {
            return false;
        }
        for (Mark m : marks(y.view())) {
            if (when.contains(m.when())) {
                return false; // the other report speaks of that time too
            }
        }
        for (Item o : stated.withValue(x.doc(), y)) {
            if (o != x && dated(o).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The dates that date the event of a figure's sentence. */
    private Set<String> dated(Item it) {
        return dated.computeIfAbsent(it, k -> {
            int[] sentence = it.view().sentenceSpan(it.figure().begin(), it.figure().end());
            Set<String> out = new HashSet<>();
            for (Mark m : marks(it.view())) {
                if (m.dating() && m.begin() >= sentence[0] && m.end() <= sentence[1]) {
                    out.add(m.when());
                }
            }
            return out;
        });
    }

    /** A report's years (of its date figures, its dateline's too) and times ago. */
    private List<Mark> marks(DocumentView view) {
        return marks.computeIfAbsent(view, v -> {
            List<Mark> out = new ArrayList<>();
            for (AnnotationRecord a : v.record().annotations("figure")) {
                Integer ago = TimeAgo.years(v, a);
                if (ago != null) {
                    out.add(new Mark(a.begin(), a.end(), "ago:" + ago, true));
                    continue;
                }
                Matcher year = "date".equals(a.string("kind")) && a.string("value") != null
                        ? YEAR.matcher(a.string("value")) : null;
                if (year != null && year.find()) {
                    int t = v.tokenAt(a.begin()) - 1;
                    boolean at = t >= 0 && AT.contains(v.tokens().get(t).norm()) && !v.inDateline(a.begin(), a.end());
                    out.add(new Mark(a.begin(), a.end(), year.group(1), at));
                }
            }
            return out;
        });
    }
}
