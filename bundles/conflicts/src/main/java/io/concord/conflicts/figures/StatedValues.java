package io.concord.conflicts.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    StatedValues(List<Item> items) {
        for (Item o : items) {
            counts.merge(key(o.doc(), o), 1, Integer::sum);
        }
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
