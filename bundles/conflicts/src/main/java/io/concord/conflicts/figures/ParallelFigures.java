package io.concord.conflicts.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.api.model.AnnotationRecord;
import io.concord.conflicts.figures.FigureRule.Item;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Token;
import io.concord.conflicts.text.Tokens;

/**
 * Figures that stand in the same role in two sentences already tied by a figure they agree on: "raised the rate to
 * 6.5% from 6%" and "lifted it to 6.5 percent from 5.75 percent", "reached 18,200, up 9%" and "about 18,000, 16
 * percent more". The sentence states one change of one quantity; once its new value (or its level) is seen to be
 * the other sentence's, the old value and the change are the other's too, though the words between them, cut off
 * at the next figure, share nothing. Only a role each sentence gives one figure of a dimension pairs: with two
 * "from" shares in one sentence, their words must choose.
 */
final class ParallelFigures {
    /** Similarity (0-1) of two agreeing figures' surroundings that ties their sentences: a few words in common. */
    static final double ANCHOR_SIMILARITY = 0.15;
    /** Below this a bare count is too common to tie two sentences by its value ("two", "three"). */
    private static final double SMALLEST_ANCHOR_COUNT = 10;

    /** The part a figure plays in a sentence that tells a change. */
    enum Role { FROM, TO, CHANGE }

    /** Words before a figure that make it a change's size ("up 9%", "by 3 points", "rose 4%"). */
    private static final Set<String> CHANGE_BEFORE = Set.of("by", "up", "down", "rose", "fell", "grew", "jumped",
            "dropped", "climbed", "declined", "increased", "decreased", "gained", "slipped", "slumped", "surged");
    /** Words after a figure that make it a change's size ("16 percent more than", "4% higher", "a 5% rise"). */
    private static final Set<String> CHANGE_AFTER = Set.of("more", "less", "fewer", "higher", "lower", "up", "down");

    /** An agreeing pair of figures, by index, with the score of their surroundings. */
    record Anchor(int a, int b, double score) {}

    /** A pair of figures in the same role of two tied sentences, with the score of the pair that tied them. */
    record Pair(int a, int b, double score) {}

    private final List<Item> items;
    private final Role[] roles;
    private final Map<String, List<Integer>> bySentence = new HashMap<>();
    private final String[] sentence;

    ParallelFigures(List<Item> items) {
        this.items = items;
        this.roles = new Role[items.size()];
        this.sentence = new String[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            int[] span = it.view().sentenceSpan(it.figure().begin(), it.figure().end());
            sentence[i] = it.doc() + "|" + span[0];
            roles[i] = role(it.view(), it.figure());
            bySentence.computeIfAbsent(sentence[i], k -> new ArrayList<>()).add(i);
        }
    }

    /** Whether two agreeing figures, alike enough in their surroundings, tie their sentences. */
    static boolean anchors(Item x, Item y, double similarity) {
        return x.quantity().agrees(y.quantity()) && similarity >= ANCHOR_SIMILARITY
                && !(x.quantity().dimension().equals("count") && Math.abs(x.quantity().value()) < SMALLEST_ANCHOR_COUNT)
                && !FigureMeasures.contradicted(x, y);
    }

    /** The figures of each tied pair of sentences that play the same role, one of their dimension in each. */
    List<Pair> pairs(List<Anchor> anchors) {
        Map<String, Double> tied = new HashMap<>();
        Map<String, int[]> ends = new HashMap<>();
        for (Anchor an : anchors) {
            String key = sentence[an.a()] + "#" + sentence[an.b()];
            tied.merge(key, an.score(), Math::max);
            ends.putIfAbsent(key, new int[] {an.a(), an.b()});
        }
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : tied.entrySet()) {
            int[] an = ends.get(e.getKey());
            List<Integer> left = bySentence.get(sentence[an[0]]);
            List<Integer> right = bySentence.get(sentence[an[1]]);
            for (int i : left) {
                Integer j = onlyOne(right, i);
                if (j != null && onlyOne(left, j) != null) {
                    out.add(new Pair(i, j, e.getValue()));
                }
            }
        }
        return out;
    }

    /** The one figure of {@code among} in {@code i}'s role and dimension, or null when none or several. */
    private Integer onlyOne(List<Integer> among, int i) {
        if (roles[i] == null) {
            return null;
        }
        Integer found = null;
        Set<String> values = new HashSet<>();
        for (int j : among) {
            if (roles[j] == roles[i] && items.get(j).quantity().dimension().equals(items.get(i).quantity().dimension())) {
                // one figure repeated ("from 6%, ... 6%") is one statement of its role
                if (values.add(Double.toString(items.get(j).quantity().value())) && found != null) {
                    return null;
                }
                found = found == null ? j : found;
            }
        }
        return found;
    }

    /** The role of a figure in its sentence, from the word before it (past its hedge) or after it; null if none. */
    static Role role(DocumentView view, AnnotationRecord a) {
        List<Token> tokens = view.tokens();
        int before = view.tokenAt(a.begin()) - 1;
        String hedge = a.string("hedge");
        if (hedge != null && !hedge.isBlank()) {
            before -= Tokens.of(hedge).size(); // "to about 6.5%": the hedge is no role
        }
        int[] sentence = view.sentenceSpan(a.begin(), a.end());
        if (before >= 0 && tokens.get(before).begin() >= sentence[0]) {
            String w = tokens.get(before).norm();
            if (w.equals("from")) {
                return Role.FROM;
            }
            if (w.equals("to")) {
                return Role.TO;
            }
            if (CHANGE_BEFORE.contains(w)) {
                return Role.CHANGE;
            }
        }
        int after = view.tokenAt(a.end());
        if (after < tokens.size() && tokens.get(after).begin() >= a.end() && tokens.get(after).end() <= sentence[1]) {
            String w = tokens.get(after).norm();
            if (CHANGE_AFTER.contains(w) || FigureSurroundings.CHANGE_NOUNS.contains(w)) {
                return Role.CHANGE;
            }
        }
        return null;
    }
}
