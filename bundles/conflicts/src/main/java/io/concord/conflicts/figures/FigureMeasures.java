package io.concord.conflicts.figures;

import java.util.List;
import java.util.Set;

import io.concord.conflicts.figures.FigureRule.Item;
import io.concord.conflicts.text.Synonyms;

/**
 * What two figures measure, and how alike their surroundings are: whether their outcomes or measured things
 * exclude their being one quantity, and how likely they state one when nothing excludes it.
 */
final class FigureMeasures {
    /** What figures that count the same outcome add to their context's similarity. */
    private static final double SAME_OUTCOME = 0.35;

    private FigureMeasures() {}

    /** What a figure is said to measure: the annotator's noun (with its senses), else the words after it. */
    static Set<String> what(Item it) {
        return it.measured().isEmpty() ? it.head() : it.measured();
    }

    /**
     * Whether what two figures are said to measure excludes their being one quantity: other outcomes (killed,
     * injured), other measured things, or counts of different things ("12 schools", "30 bridges").
     */
    static boolean contradicted(Item a, Item b) {
        boolean sameOutcome = a.outcome() != null && a.outcome().equals(b.outcome());
        if (a.outcome() != null && b.outcome() != null && !sameOutcome) {
            return true;
        }
        // annotators word "measured" freely ("deaths", "people killed"): the outcome can vouch for them
        // ... and so can the words right after both figures ("of gross domestic product", "of GDP")
        if (!a.measured().isEmpty() && !b.measured().isEmpty() && disjoint(a.measured(), b.measured()) && !sameOutcome
                && !synonymous(a.measuredSenses(), b.measuredSenses())
                && (a.head().isEmpty() || b.head().isEmpty() || disjoint(a.head(), b.head()))) {
            return true;
        }
        return a.quantity().dimension().equals("count") && !sameOutcome && differentThings(a, b);
    }

    /** Both say what they count or measure, and it is not the same (nor a synonym: forest, woodland). */
    private static boolean differentThings(Item a, Item b) {
        Set<String> whatA = a.measured().isEmpty() ? a.head() : a.measured();
        Set<String> whatB = b.measured().isEmpty() ? b.head() : b.measured();
        // the words after both figures can vouch for them as in contradicted ("of GDP", "of gross domestic product")
        boolean sameHead = !a.head().isEmpty() && !b.head().isEmpty() && !disjoint(a.head(), b.head());
        return !whatA.isEmpty() && !whatB.isEmpty() && disjoint(whatA, whatB) && !sameHead
                && !synonymous(a.measuredSenses(), b.measuredSenses());
    }

    /**
     * How likely two figures state the same quantity: context similarity, raised when they count the same
     * thing; zero when what they measure excludes it ({@link #contradicted}).
     */
    static double similarity(Item a, Item b) {
        if (contradicted(a, b)) {
            return 0;
        }
        double s = 0.5 * a.context().overlap(b.context()) + 0.5 * a.context().jaccard(b.context());
        if (a.outcome() != null && a.outcome().equals(b.outcome())) {
            // both count the dead (injured, missing, displaced): a story's toll, however each report words it
            return s + SAME_OUTCOME;
        }
        Set<String> whatA = a.measured().isEmpty() ? a.head() : a.measured();
        Set<String> whatB = b.measured().isEmpty() ? b.head() : b.measured();
        if (!whatA.isEmpty() && !whatB.isEmpty()) {
            s += differentThings(a, b) ? -0.1 : 0.25;
        }
        return s;
    }

    static boolean synonymous(List<Synonyms.Concept> a, List<Synonyms.Concept> b) {
        for (Synonyms.Concept x : a) {
            for (Synonyms.Concept y : b) {
                if (x.matches(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
