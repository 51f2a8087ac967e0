package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Token;

/**
 * A town below the population cut-off, taken only where the context makes a place certain: after
 * {@code in}, {@code near}, {@code from}, {@code to}, also before a list of names it opens (and not an everyday word or a
 * personal name).
 */
final class SmallTowns {

    /** Prepositions after which a small town (below the population cut-off) is taken: {@code near Siesta Key}. */
    private static final Set<String> SMALL_TOWN_LOCATIVE = Set.of("in", "near", "outside", "from", "into", "across",
            "around", "towards", "toward", "between", "to", "at", "via", "reached", "left", "leaving", "In", "Near",
            "Outside", "From", "Between", "At");

    private final Gazetteer gazetteer;

    SmallTowns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Words before a feature's name that show the feature itself: {@code on Lake Placid}, {@code the Lake ...}. */
    private static final Set<String> FEATURE_BEFORE = Set.of("on", "across", "the", "into", "onto", "along", "over",
            "under", "beneath", "beside", "crossing", "crossed");

    /**
     * A water feature whose whole name the gazetteer holds as a town below the cut-off
     * ({@code Lake Placid}, {@code Hot Springs}): the town, unless the word before shows the feature itself.
     */
    Candidate namedLikeFeature(String text, List<Token> tokens, Candidate c) {
        if (!"water".equals(c.entry().kind())) {
            return c; // not a mountain: "Mount Rainier" is also a town, but news names the mountain
        }
        Gazetteer.Entry e = gazetteer.lookupSmall(Tokens.spaced(text, tokens.get(c.first()).begin(),
                tokens.get(c.last()).end()));
        if (e == null || !"city".equals(e.kind()) || c.first() > 0 && FEATURE_BEFORE.contains(tokens.get(c.first() - 1).text())) {
            return c;
        }
        return new Candidate(c.first(), c.last(), e);
    }

    /** The longest small town name of up to three words at token {@code i}, or null. */
    Candidate at(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return null;
        }
        Candidate best = null;
        for (int j = i; j < tokens.size() && j < i + 3; j++) {
            Token last = tokens.get(j);
            if (!last.capitalised() || j > i && !Tokens.joinable(text, tokens.get(j - 1), last)) {
                break;
            }
            Gazetteer.Entry e = gazetteer.lookupSmall(Tokens.spaced(text, tokens.get(i).begin(), last.end()));
            if (e != null && !e.commonWord() && !e.personalName()) {
                best = new Candidate(i, j, e);
            }
        }
        if (best == null) {
            return null;
        }
        int k = Coordination.before(text, tokens, best.first(), best.last()); // "near Elba and Opp"
        return k >= 0 && SMALL_TOWN_LOCATIVE.contains(tokens.get(k).text()) ? best : null;
    }
}
