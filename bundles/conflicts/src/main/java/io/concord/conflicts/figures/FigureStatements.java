package io.concord.conflicts.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.concord.conflicts.figures.FigureRule.Item;

/**
 * How the figures of one report group into statements: a figure repeated in a headline and the body is one
 * statement, and a statement may be the only one of its report of a dimension or of a kind (its workforce).
 */
final class FigureStatements {
    private FigureStatements() {}

    /**
     * For each figure, the first figure of its report that states the same value of the same thing (itself
     * if none): "$8 billion" in a headline and "$8 billion" in the body. Values of different things (27
     * killed, 27 houses) or small bare counts stay apart.
     */
    /**
     * The figures of a disagreement as their reports' stories tell them: a headline's figure ({@code 78%}) whose
     * story repeats it in a sentence ({@code 78.4%}) is replaced by that sentence's, which says what it counts and
     * where. The headline's terse words often make the link to another report; the claim is the sentence's.
     */
    static List<Item> toldInTheStory(List<Item> cluster, List<Item> all) {
        List<Item> out = new ArrayList<>();
        // by identity: a figure's record equality compares its document view and context, which made this loop
        // quadratic in slow steps on a story of many copies
        Set<Item> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Item it : cluster) {
            Item told = it;
            if (it.view().aboveStory(it.figure().begin())) {
                for (Item other : all) {
                    if (other.doc() == it.doc() && other.quantity().agrees(it.quantity())
                            && !other.view().aboveStory(other.figure().begin())) {
                        told = other;
                        break;
                    }
                }
            }
            if (kept.add(told)) {
                out.add(told);
            }
        }
        return out;
    }

    static int[] mentions(List<Item> items) {
        int[] rep = new int[items.size()];
        Map<String, List<Integer>> byValue = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            rep[i] = i;
            Item it = items.get(i);
            String key = it.doc() + "|" + it.quantity().dimension() + "|" + it.quantity().value();
            List<Integer> same = byValue.computeIfAbsent(key, k -> new ArrayList<>());
            for (int j : same) {
                if (rep[j] == j && sameMention(items.get(j), it)) {
                    rep[i] = j;
                    break;
                }
            }
            same.add(i);
        }
        return rep;
    }

    private static boolean sameMention(Item a, Item b) {
        if (a.outcome() != null && b.outcome() != null) {
            return a.outcome().equals(b.outcome());
        }
        if ((a.outcome() == null) != (b.outcome() == null)) {
            return false;
        }
        Set<String> whatA = a.measured().isEmpty() ? a.head() : a.measured();
        Set<String> whatB = b.measured().isEmpty() ? b.head() : b.measured();
        if (!whatA.isEmpty() && !whatB.isEmpty()) {
            // "a 38,000-seat stadium" and "38,000 seats": one noun, singular in the compound
            return !FigureMeasures.disjoint(whatA, whatB) || FigureMeasures.synonymous(a.measuredSenses(), b.measuredSenses());
        }
        if (whatA.isEmpty() != whatB.isEmpty() && (!a.quantity().qualifier().equals(b.quantity().qualifier())
                || a.quantity().dimension().equals("percent"))) {
            // "profit rose 13 percent" and "a return above 13 percent"; "exports fell 2.6 percent" and a
            // forecast cut "from 2.6 percent": percentages recur, and one says what it measures, the other not
            return false;
        }
        // with nothing to say what they measure, only figures unlikely to recur by chance
        return !a.quantity().dimension().equals("count") || Math.abs(a.quantity().value()) >= 100;
    }

    /**
     * Whether each figure's statement is the only one of its dimension in its report (a headline repeating the
     * body is one statement): the price of a deal.
     */
    static boolean[] loneOfTheirDimension(List<Item> items, int[] mention) {
        return lone(items, mention, it -> it.quantity().dimension());
    }

    /**
     * Whether each figure's statement is the only one of its report written in its unit ({@code days},
     * {@code megawatts}, {@code h}); false for a figure without a unit (a count, a share).
     */
    static boolean[] loneOfTheirUnit(List<Item> items, int[] mention) {
        return lone(items, mention, it -> {
            String unit = it.figure().string("unit");
            return unit == null || unit.isBlank() || Set.of("%", "pp", "bp").contains(unit) ? null : unit;
        });
    }

    /**
     * Whether each figure is the one statement of its report marked {@code marker} (its workforce; the larger
     * side of a vote of so many).
     */
    static boolean[] loneOfTheirClass(List<Item> items, int[] mention, String marker) {
        return lone(items, mention, it -> it.measured().stream().filter(m -> m.startsWith(marker))
                .reduce((first, next) -> next).orElse(null));
    }

    /** Whether each figure is the one statement of its report of its kind ({@code kindOf}; null: of no kind). */
    private static boolean[] lone(List<Item> items, int[] mention, Function<Item, String> kindOf) {
        Map<String, Set<Integer>> statements = new HashMap<>();
        String[] key = new String[items.size()];
        for (int i = 0; i < items.size(); i++) {
            String kind = kindOf.apply(items.get(i));
            if (kind != null) {
                key[i] = items.get(i).doc() + "|" + kind;
                statements.computeIfAbsent(key[i], k -> new HashSet<>()).add(mention[i]);
            }
        }
        boolean[] lone = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            lone[i] = key[i] != null && statements.get(key[i]).size() == 1;
        }
        return lone;
    }
}
