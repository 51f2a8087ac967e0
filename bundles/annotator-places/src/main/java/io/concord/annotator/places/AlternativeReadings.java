package io.concord.annotator.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Token;

/**
 * The document-level pass over names with two readings in the gazetteer: {@code Georgia} is the US state
 * after {@code Atlanta,} or among other places of the United States, the country otherwise.
 */
final class AlternativeReadings {

    private final Gazetteer gazetteer;

    AlternativeReadings(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The reading of the {@code k}th place found (in text order) that the rest of the document supports: its
     * own, or its alternative's canonical name and kind.
     */
    Match reading(String text, List<Token> tokens, List<Found> found, int k) {
        Found f = found.get(k);
        Gazetteer.Entry alt = gazetteer.alternative(text.substring(f.match().begin(), f.match().end()));
        if (alt == null && f.entry().name() != null) {
            alt = gazetteer.alternative(f.entry().name());
        }
        if (alt == null || alt.kind().equals(f.match().kind())) {
            return f.match();
        }
        boolean useAlt;
        Found previous = k > 0 ? found.get(k - 1) : null;
        Found next = k + 1 < found.size() ? found.get(k + 1) : null;
        if (coordinated(tokens, previous, f) && "region".equals(previous.match().kind())
                || coordinated(tokens, f, next) && "region".equals(next.match().kind())) {
            useAlt = true; // "in Sonora and Chihuahua": the state, not its capital
        } else if (alt.country().isEmpty() || f.entry().country().isEmpty() || alt.country().equals(f.entry().country())) {
            useAlt = false;
        } else if (previous != null && previous.last() == f.first() - 2 && tokens.get(f.first() - 1).is(",")) {
            useAlt = alt.country().equals(previous.entry().country()); // "Atlanta, Georgia"
        } else {
            int forAlt = 0;
            int forMain = 0;
            Set<String> seen = new HashSet<>();
            for (Found g : found) {
                if (g == f || g.match().canonical().equals(f.match().canonical()) || !seen.add(g.match().canonical())) {
                    continue;
                }
                if (alt.country().equals(g.entry().country())) {
                    forAlt++;
                } else if (!f.entry().country().isEmpty() && f.entry().country().equals(g.entry().country())) {
                    forMain++;
                }
            }
            useAlt = forAlt > forMain;
        }
        if (!useAlt) {
            return f.match();
        }
        Match m = f.match();
        return new Match(m.begin(), m.end(), alt.canonical(), alt.kind(), m.confidence());
    }

    /** Two places joined by "and", "or" or a comma: {@code Sonora and Chihuahua}. */
    private static boolean coordinated(List<Token> tokens, Found a, Found b) {
        if (a == null || b == null || b.first() != a.last() + 2) {
            return false;
        }
        Token between = tokens.get(a.last() + 1);
        return between.is("and") || between.is("or") || between.is(",") && !"city".equals(a.match().kind());
    }
}
