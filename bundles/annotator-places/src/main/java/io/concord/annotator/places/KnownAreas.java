package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Token;

/**
 * A country, region or abbreviated state that the gazetteer knows, read where it stands after a town and a comma
 * ({@code Kpandai, Ghana}, {@code Ambleside, Cumbria}, {@code Wandiligong, Vic.}). Datelines and addresses name
 * a town this way, so the known area is the evidence that the unknown name before it is a town.
 */
final class KnownAreas {

    /** An area from token {@code first} to {@code last}, and its country (an ISO code, or empty). */
    record Area(int first, int last, String country) {}

    private static final Set<String> AREA_KINDS = Set.of("country", "region");

    private final Gazetteer gazetteer;
    private final GazetteerMatcher matcher;

    KnownAreas(Gazetteer gazetteer, GazetteerMatcher matcher) {
        this.gazetteer = gazetteer;
        this.matcher = matcher;
    }

    /** The area that starts at token {@code k}, or null. */
    Area at(String text, List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).capitalised()) {
            return null;
        }
        StateAbbreviations.Hit hit = StateAbbreviations.read(tokens, k);
        if (hit != null) {
            return new Area(k, hit.last(), hit.state().country());
        }
        Candidate c = matcher.countyFirst(text, tokens, k); // "Ballymore, Co Leitrim"
        if (c == null) {
            c = matcher.longestName(text, tokens, k);
        }
        if (c == null && Tokens.allCaps(tokens.get(k))) {
            c = inCapitals(text, tokens, k); // "KPANDAI, GHANA (AFP)"
        }
        if (c == null || c.entry().blocked()) {
            return null;
        }
        Gazetteer.Entry e = c.entry();
        if (AREA_KINDS.contains(e.kind())) {
            return new Area(k, c.last(), e.country());
        }
        // a city that shares its name with a region: "Ontario" after a town is the province
        Gazetteer.Entry alt = gazetteer.alternative(Tokens.spaced(text, tokens.get(k).begin(), tokens.get(c.last()).end()));
        return alt != null && AREA_KINDS.contains(alt.kind()) ? new Area(k, c.last(), alt.country()) : null;
    }

    /** The longest area written in capitals from token {@code k} (up to three words), as a dateline writes it. */
    private Candidate inCapitals(String text, List<Token> tokens, int k) {
        Candidate best = null;
        for (int j = k; j < tokens.size() && j < k + 3 && Tokens.allCaps(tokens.get(j))
                && (j == k || Tokens.joinable(text, tokens.get(j - 1), tokens.get(j))); j++) {
            Gazetteer.Entry e = gazetteer.lookupAnyCase(Tokens.spaced(text, tokens.get(k).begin(), tokens.get(j).end()));
            if (e != null) {
                best = new Candidate(k, j, e);
            }
        }
        return best;
    }
}
