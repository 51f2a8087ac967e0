package io.concord.annotator.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.CalendarWords;
import io.concord.language.FunctionWords;

/**
 * The abbreviation of a US state, Canadian province or Australian state after a place and a comma
 * ({@code Tampa, Fla.}, {@code Kamloops, B.C.}, {@code Bunbury, W.A.}), which also makes the name before the
 * comma a town when the gazetteer lacks it or holds it back as a personal name ({@code Columbus, Ga.}); the
 * unambiguous ones also alone after a locative word ({@code wildfires in B.C.}).
 */
final class StateAbbreviations {

    /**
     * A state: its name and country; {@code alone} when the abbreviation names it without a place before it,
     * {@code ownCountryOnly} when it counts only after a place of its country ({@code S.A.} is also South Africa).
     */
    record State(String name, String country, boolean alone, boolean ownCountryOnly) {}

    /** An abbreviation read at a token: the state and the abbreviation's last token. */
    record Hit(State state, int last) {}

    private static final Map<String, State> STATES = new HashMap<>();
    /**
     * US abbreviations that are no English word or name ({@code Calif.}, {@code Fla.}, {@code N.Y.}): they count
     * alone after a preposition of place; {@code Mass.}, {@code Ill.}, {@code Wash.} and the like need a town.
     */
    private static final Set<String> US_ALONE = Set.of("Ariz", "Calif", "Colo", "Conn", "Fla", "Kans", "Ky", "Md",
            "Mich", "Minn", "Neb", "Nev", "Okla", "Tenn", "Vt", "Wis", "Wyo", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
            "N.D.", "R.I.", "S.C.", "S.D.", "W.Va.");
    /** Locative words before an abbreviation that stands alone: {@code in B.C.}, {@code across W.A.}. */
    private static final Set<String> LOCATIVE = Set.of("in", "of", "from", "to", "across", "throughout", "around",
            "outside", "into", "near");

    static {
        // postal abbreviations of US states that follow a city in datelines and addresses
        us("Ala", "Alabama"); us("Ariz", "Arizona"); us("Ark", "Arkansas"); us("Calif", "California");
        us("Colo", "Colorado"); us("Conn", "Connecticut"); us("Del", "Delaware"); us("Fla", "Florida");
        us("Ga", "Georgia"); us("Ill", "Illinois"); us("Ind", "Indiana"); us("Kan", "Kansas"); us("Kans", "Kansas");
        us("Ky", "Kentucky"); us("La", "Louisiana"); us("Md", "Maryland"); us("Mass", "Massachusetts");
        us("Mich", "Michigan"); us("Minn", "Minnesota"); us("Miss", "Mississippi"); us("Mo", "Missouri");
        us("Mont", "Montana"); us("Neb", "Nebraska"); us("Nev", "Nevada"); us("N.H.", "New Hampshire");
        us("N.J.", "New Jersey"); us("N.M.", "New Mexico"); us("N.Y.", "New York"); us("N.C.", "North Carolina");
        us("N.D.", "North Dakota"); us("Okla", "Oklahoma"); us("Ore", "Oregon"); us("Pa", "Pennsylvania");
        us("R.I.", "Rhode Island"); us("S.C.", "South Carolina"); us("S.D.", "South Dakota"); us("Tenn", "Tennessee");
        us("Tex", "Texas"); us("Vt", "Vermont"); us("Va", "Virginia"); us("Wash", "Washington");
        us("W.Va.", "West Virginia"); us("Wis", "Wisconsin"); us("Wyo", "Wyoming");
        // Canadian provinces and territories (Canadian Press style)
        STATES.put("B.C.", new State("British Columbia", "CA", true, false));
        STATES.put("Alta", new State("Alberta", "CA", true, false));
        STATES.put("Sask", new State("Saskatchewan", "CA", true, false));
        STATES.put("Man", new State("Manitoba", "CA", false, false)); // "Man." alone is the word
        STATES.put("Ont", new State("Ontario", "CA", true, false));
        STATES.put("Que", new State("Quebec", "CA", true, false));
        STATES.put("N.S.", new State("Nova Scotia", "CA", true, false));
        STATES.put("N.B.", new State("New Brunswick", "CA", true, false));
        STATES.put("Nfld", new State("Newfoundland and Labrador", "CA", true, false));
        STATES.put("N.L.", new State("Newfoundland and Labrador", "CA", false, false));
        STATES.put("P.E.I.", new State("Prince Edward Island", "CA", true, false));
        STATES.put("N.W.T.", new State("Northwest Territories", "CA", true, false));
        // Australian states and territories
        STATES.put("W.A.", new State("Western Australia", "AU", true, false));
        STATES.put("Tas", new State("Tasmania", "AU", true, false));
        STATES.put("Vic", new State("Victoria", "AU", false, false)); // "Vic" alone is a name
        STATES.put("S.A.", new State("South Australia", "AU", false, true)); // also South Africa, or a company form
        STATES.put("N.T.", new State("Northern Territory", "AU", false, true));
        STATES.put("A.C.T.", new State("Australian Capital Territory", "AU", false, false));
    }

    private static void us(String abbreviation, String name) {
        STATES.put(abbreviation, new State(name, "US", US_ALONE.contains(abbreviation), false));
    }

    private StateAbbreviations() {}

    /** The abbreviation at token {@code i} ({@code B.C.}, or {@code Fla} and its full stop), or null. */
    static Hit read(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() == Kind.ABBREVIATION) {
            State s = STATES.get(t.text());
            return s == null ? null : new Hit(s, i);
        }
        if (t.kind() == Kind.WORD && i + 1 < tokens.size() && tokens.get(i + 1).is(".")
                && tokens.get(i + 1).begin() == t.end()) {
            State s = STATES.get(t.text());
            return s == null ? null : new Hit(s, i + 1);
        }
        return null;
    }

    /**
     * The state abbreviated at token {@code i}, or null. After a comma it counts when a place was found right
     * before (last in {@code found}), or a name held back as unconfirmed (moved from {@code unconfirmed} to
     * {@code found}), or a capitalised name the gazetteer lacks (added to {@code found} as a town).
     */
    static Found at(String text, List<Token> tokens, int i, List<Found> found, List<Found> unconfirmed) {
        Hit hit = read(tokens, i);
        if (hit == null) {
            return null;
        }
        State state = hit.state();
        Found previous = found.isEmpty() ? null : found.get(found.size() - 1);
        if (i >= 2 && tokens.get(i - 1).is(",")) {
            if (previous != null && previous.last() == i - 2) {
                boolean sameCountry = state.country().equals(previous.entry().country());
                return !state.ownCountryOnly() || sameCountry ? found(tokens, i, hit) : null;
            }
            for (Found u : unconfirmed) {
                if (u.last() == i - 2) {
                    unconfirmed.remove(u);
                    found.add(u);
                    return found(tokens, i, hit);
                }
            }
            Found town = townBefore(text, tokens, i - 1, state, previous);
            if (town != null) {
                found.add(town);
                return found(tokens, i, hit);
            }
            return null;
        }
        if (state.alone() && i >= 1 && LOCATIVE.contains(tokens.get(Math.max(0, Coordination.before(text, tokens, i, hit.last()))).text())) {
            return found(tokens, i, hit);
        }
        // "in Tas. and S.A.", "from Texas and Fla.": joined to an abbreviation or a region of the same country
        if (previous != null && previous.last() == i - 2 && (tokens.get(i - 1).is("and") || tokens.get(i - 1).is("or"))
                && (read(tokens, previous.first()) != null || "region".equals(previous.match().kind()))
                && state.country().equals(previous.entry().country())) {
            return found(tokens, i, hit);
        }
        return null;
    }

    /** The capitalised name right before the comma at {@code comma}, as a town of the state's country, or null. */
    private static Found townBefore(String text, List<Token> tokens, int comma, State state, Found previous) {
        int last = comma - 1;
        int first = last;
        while (first > 0 && last - first < 3 && tokens.get(first - 1).capitalised()
                && Tokens.adjacent(text, tokens.get(first - 1), tokens.get(first))) {
            first--;
        }
        boolean whole = first == 0 || !(tokens.get(first - 1).capitalised()
                && Tokens.adjacent(text, tokens.get(first - 1), tokens.get(first)));
        if (!tokens.get(last).capitalised() || !whole || previous != null && previous.last() >= first) {
            return null;
        }
        Token t = tokens.get(first);
        if (t.kind() != Kind.WORD || FunctionWords.contains(t.text()) || CalendarWords.isMonthOrWeekday(t.text())
                || PlaceWords.FREE_BEFORE.contains(t.text()) || Tokens.allCaps(t) && !Tokens.lineStart(text, tokens, first)) {
            return null;
        }
        String name = Tokens.spaced(text, t.begin(), tokens.get(last).end());
        // a dateline's capitals are its style: "TUPPER LAKE, N.Y." names Tupper Lake
        String canonical = Tokens.allCaps(t) ? TownEntries.ordinaryCase(name) : name;
        Gazetteer.Entry e = new Gazetteer.Entry(name, canonical, "city", 1, false, false, state.country());
        return new Found(new Match(t.begin(), tokens.get(last).end(), canonical, "city", 0.7), e, first, last);
    }

    private static Found found(List<Token> tokens, int i, Hit hit) {
        State state = hit.state();
        Gazetteer.Entry e = new Gazetteer.Entry(state.name(), state.name(), "region", -1, false, false, state.country());
        return new Found(new Match(tokens.get(i).begin(), tokens.get(hit.last()).end(), state.name(), "region", 0.8),
                e, i, hit.last());
    }
}
