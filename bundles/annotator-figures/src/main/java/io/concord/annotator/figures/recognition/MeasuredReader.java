package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Set;

/**
 * Reads what a figure measures from the words after it, with the {@link MeasuredNoun} rule that suits its kind
 * ({@code 35 people}, {@code 5% of the vote}, {@code $2bn in aid}), and tells when a count stands for its noun
 * instead ({@code 35 were killed}).
 */
final class MeasuredReader {
    /** Verbs that show a count standing for its noun: {@code 35 were killed}, {@code 6,000 have been sent}. */
    private static final Set<String> NOUN_STANDING_VERBS = Set.of(
            "were", "was", "have", "has", "had", "are", "is", "died", "remain", "remained", "will", "would",
            "could", "may", "might", "live", "lived", "fled", "returned", "went", "came", "stayed", "survived",
            "managed", "received", "got", "did", "do");

    private final TokenWindow w;
    private final List<Token> t;
    private final int n;

    MeasuredReader(TokenWindow w) {
        this.w = w;
        this.t = w.tokens();
        this.n = w.size();
    }

    /** What a figure of this kind measures, read from k on (past a bracket); null when the text does not say. */
    String measured(FigureKind kind, int k, boolean modifies, double value) {
        if (w.is(k, ")")) {
            k++;
        } else if (w.is(k, "(")) {
            int close = k + 1;
            while (close < n && close < k + 16 && !t.get(close).is(")")) {
                close++;
            }
            if (close < n && t.get(close).is(")")) {
                k = close + 1;
            }
        }
        switch (kind) {
            case COUNT:
                return MeasuredNoun.counted(t, k, value == 1);
            case PERCENT:
            case RATIO:
                return w.is(k, "of") ? MeasuredNoun.ofPhrase(t, k) : MeasuredNoun.modified(t, k);
            case MEASURE:
                return w.is(k, "of") ? MeasuredNoun.ofPhrase(t, k) : modifies ? MeasuredNoun.modified(t, k) : null;
            case MONEY:
                if (w.is(k, "worth") && w.is(k + 1, "of")) {
                    return MeasuredNoun.ofPhrase(t, k + 1);
                }
                if ((w.is(k, "of") || w.is(k, "in")) && w.get(k + 1) != null && !t.get(k + 1).isCapitalized()) {
                    return MeasuredNoun.ofPhrase(t, k + 1);
                }
                return MeasuredNoun.modified(t, k);
            case DURATION:
                return modifies ? MeasuredNoun.modified(t, k) : null;
            default:
                return null;
        }
    }

    /** A verb or {@code of them} at k, after a count that stands for its noun. */
    boolean standsForNoun(int k) {
        return w.get(k) != null && NOUN_STANDING_VERBS.contains(t.get(k).lower())
                || w.is(k, "of") && (w.is(k + 1, "them") || w.is(k + 1, "whom"));
    }
}
