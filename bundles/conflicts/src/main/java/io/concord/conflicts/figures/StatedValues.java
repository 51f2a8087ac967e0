package io.concord.conflicts.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.conflicts.figures.FigureRule.Item;

/**
 * The values each report of a story states, by dimension, counted once for the story: whether a report also
 * gives another figure's very value is then a lookup, where it was a pass over every figure of the story for each
 * pair (with a thousand syndicated copies, half of the conflict detection's time).
 */
final class StatedValues {
    private record Key(int doc, String dimension, double value) {
        Key {
            value += 0.0; // -0.0 and 0.0 are one value, as == says
        }
    }

    private final Map<Key, Integer> counts = new HashMap<>();
    private final Map<Key, List<Item>> figures = new HashMap<>();
    private final Map<String, List<Item>> byDimension = new HashMap<>();

    StatedValues(List<Item> items) {
        for (Item o : items) {
            counts.merge(key(o.doc(), o), 1, Integer::sum);
            figures.computeIfAbsent(key(o.doc(), o), k -> new ArrayList<>()).add(o);
            byDimension.computeIfAbsent(o.doc() + "|" + o.quantity().dimension(), k -> new ArrayList<>()).add(o);
        }
    }

    /**
     * Whether one of the two reports also states the other's very value, of the same thing: in the same sentence
     * as its own figure ("40% of the grant instead of 35%" against "40 percent"), or measuring what both figures
     * measure ("all nine locks" beside "three locks opened" against "all nine locks"). The other report's figure
     * is then that statement, told alike; its own is another (the value replaced, a part of the whole).
     */
    boolean answered(Item x, Item y) {
        return !x.quantity().agrees(y.quantity()) && (answeredIn(x, y) || answeredIn(y, x));
    }

    /** Whether a figure of {@code own}'s report besides it states {@code other}'s value, of the same thing. */
    private boolean answeredIn(Item own, Item other) {
        for (Item o : figures.getOrDefault(key(own.doc(), other), List.of())) {
            if (o == own || o.quantity().agrees(own.quantity()) || FigureMeasures.contradicted(o, other)) {
                continue;
            }
            int[] sentence = own.view().sentenceSpan(own.figure().begin(), own.figure().end());
            boolean sameSentence = o.figure().begin() >= sentence[0] && o.figure().end() <= sentence[1];
            Set<String> what = FigureMeasures.what(o);
            if (sameSentence || !what.isEmpty() && !FigureMeasures.disjoint(what, FigureMeasures.what(own))
                    && !FigureMeasures.disjoint(what, FigureMeasures.what(other))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure of a report agrees with another report's figure, in whatever unit. */
    boolean agreedIn(int doc, Item other) {
        for (Item o : byDimension.getOrDefault(doc + "|" + other.quantity().dimension(), List.of())) {
            if (o.quantity().agrees(other.quantity()) || ConvertedFigures.agree(o, other)) {
                return true;
            }
        }
        return false;
    }

    /** The figures of a report with another figure's very value. */
    List<Item> withValue(int doc, Item other) {
        return figures.getOrDefault(key(doc, other), List.of());
    }

    /**
     * Whether two different values are both stated in both reports ("104 of the 200 seats" and "104 seats in the
     * 200-member house"): each report gives the other's value too, so they disagree about neither.
     */
    boolean crossed(Item x, Item y) {
        if (x.quantity().agrees(y.quantity())) {
            return false;
        }
        return statedBesides(x, y) && statedBesides(y, x);
    }

    /** Whether a figure of {@code own}'s report other than {@code own} has {@code other}'s very value. */
    private boolean statedBesides(Item own, Item other) {
        Key wanted = key(own.doc(), other);
        int mine = key(own.doc(), own).equals(wanted) ? 1 : 0;
        return counts.getOrDefault(wanted, 0) - mine > 0;
    }

    private static Key key(int doc, Item figure) {
        return new Key(doc, figure.quantity().dimension(), figure.quantity().value());
    }
}
