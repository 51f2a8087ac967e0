package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;

/**
 * Gazetteer names in the text, longest match first, with the two extensions a listed name takes: a compass
 * word before a region ({@code Northern California}) and an administrative head after it
 * ({@code Baldwin County}).
 */
final class GazetteerMatcher {

    /** Lower-case words inside place names ("Bosnia and Herzegovina", "Rio de Janeiro"). */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "da", "do", "dos", "das",
            "upon", "on", "la", "le", "les", "al", "el", "y", "en", "sur", "am", "an", "der", "di", "du", "des", "i");
    private static final Set<String> DIRECTIONS = Set.of("Northern", "Southern", "Eastern", "Western", "Central",
            "North", "South", "East", "West", "Upper", "Lower");
    private static final Set<String> AREA_KINDS = Set.of("region", "country", "continent");

    private final Gazetteer gazetteer;

    GazetteerMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The longest gazetteer name starting at token {@code i}. */
    Candidate longestName(String text, List<Token> tokens, int i) {
        int limit = Math.min(tokens.size(), i + gazetteer.maxTokens());
        Candidate best = null;
        for (int j = i; j < limit; j++) {
            Token last = tokens.get(j);
            if (j > i && !Tokens.joinable(text, tokens.get(j - 1), last)) {
                break;
            }
            if (last.kind() == Kind.NUMBER) {
                break;
            }
            if (last.kind() == Kind.WORD && !last.capitalised() && !CONNECTORS.contains(last.text())) {
                break;
            }
            if (!last.capitalised()) {
                continue; // names end on a capitalised word: "Gulf of Mexico", "Washington, D.C."
            }
            Gazetteer.Entry e = gazetteer.lookup(Tokens.spaced(text, tokens.get(i).begin(), last.end()));
            if (e != null) {
                best = new Candidate(i, j, e);
            }
        }
        return best;
    }

    /** True when the capitalised word at {@code i} begins a gazetteer name ("US Ukraine talks"). */
    boolean startsPlace(String text, List<Token> tokens, int i) {
        Candidate c = longestName(text, tokens, i);
        return c != null && !c.entry().blocked();
    }

    /**
     * {@code Northern California}, {@code East Antarctica}, {@code North Maluku}: a compass word before a
     * region, country or continent names a part of it (names such as North Korea are in the gazetteer whole).
     */
    Candidate directionalRegion(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!DIRECTIONS.contains(t.text()) || i + 1 >= tokens.size() || !Tokens.joinable(text, t, tokens.get(i + 1))) {
            return null;
        }
        Candidate inner = longestName(text, tokens, i + 1);
        if (inner == null || inner.entry().blocked() || !AREA_KINDS.contains(inner.entry().kind())) {
            return null;
        }
        String name = text.substring(t.begin(), tokens.get(inner.last()).end());
        return new Candidate(i, inner.last(), new Gazetteer.Entry(name, name, "region", -1, false, false));
    }

    /** {@code Baldwin County}, {@code Hidaka Province}: a place name with an administrative head is that region. */
    Candidate withAdministrativeHead(String text, List<Token> tokens, Candidate c) {
        int next = c.last() + 1;
        if (next >= tokens.size() || !PlaceWords.ADMIN_NAME_HEADS.contains(tokens.get(next).text())
                || !Tokens.joinable(text, tokens.get(c.last()), tokens.get(next)) || c.entry().blocked()) {
            return c;
        }
        if (next + 1 < tokens.size() && Tokens.joinable(text, tokens.get(next), tokens.get(next + 1))
                && OrganisationNames.HEADS.contains(tokens.get(next + 1).text())) {
            return c; // "Kent County Council": an organisation
        }
        String name = text.substring(tokens.get(c.first()).begin(), tokens.get(next).end());
        return new Candidate(c.first(), next, new Gazetteer.Entry(name, name, "region", -1, false, false));
    }
}
