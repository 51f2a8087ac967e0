package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;

/**
 * Gazetteer names in the text, longest match first, with the two extensions a listed name takes: a compass
 * word before a region ({@code Northern California}) and an administrative head after it
 * ({@code Jasper County}).
 */
final class GazetteerMatcher {

    /** Lower-case words inside place names ("Bosnia and Herzegovina", "Rio de Janeiro"). */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "da", "do", "dos", "das",
            "upon", "on", "la", "le", "les", "al", "el", "y", "en", "sur", "am", "an", "der", "di", "du", "des", "i");
    private static final Set<String> DIRECTIONS = PlaceWords.DIRECTIONS;
    private static final Set<String> AREA_KINDS = Set.of("region", "country", "continent");
    private static final Set<String> COUNTY_KINDS = Set.of("region", "city");
    private static final Set<String> COMPOUND_FIRST = Set.of("North", "South", "East", "West", "Mid", "Far");
    private static final Set<String> COMPOUND_SECOND = Set.of("North", "South", "East", "West", "Country", "Coast");
    /** Landforms in the plural that any compass word opens: {@code the Central Highlands}, {@code the Western Plains}. */
    private static final Set<String> COMPOUND_LANDFORMS = Set.of("Highlands", "Lowlands", "Uplands", "Tablelands",
            "Plains", "Midlands");
    /** Locative words before an unlisted province with a compass word: {@code in Southern Leyte}. */
    private static final Set<String> LOCATIVE = Set.of("in", "across", "throughout", "from", "to", "into", "near",
            "around", "outside", "In", "Across", "Throughout", "From");

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
        if (inner == null && tokens.get(i + 1).capitalised()) {
            return directionalUnlisted(text, tokens, i);
        }
        if (inner == null || inner.entry().blocked()) {
            return null;
        }
        String name = text.substring(t.begin(), tokens.get(inner.last()).end());
        if (!AREA_KINDS.contains(inner.entry().kind())) {
            Gazetteer.Entry town = gazetteer.lookupSmall(name); // "East Aurora" is a town of its own
            return town == null ? null : new Candidate(i, inner.last(), town);
        }
        return new Candidate(i, inner.last(), new Gazetteer.Entry(name, name, "region", -1, false, false));
    }

    /**
     * A compass word before a name the gazetteer lacks, after a locative word: {@code in Southern Leyte},
     * {@code across East Nusa Tenggara} name a province.
     */
    private Candidate directionalUnlisted(String text, List<Token> tokens, int i) {
        int k = Coordination.before(text, tokens, i, i);
        if (k < 0 || !LOCATIVE.contains(tokens.get(k).text()) || !Tokens.joinable(text, tokens.get(i), tokens.get(i + 1))) {
            return null;
        }
        int last = NameSpans.lastOfName(text, tokens, i + 1);
        for (int j = i + 1; j <= last; j++) {
            Token t = tokens.get(j);
            if (t.kind() != Kind.WORD || !t.capitalised() || OrganisationNames.HEADS.contains(t.text())
                    || PlaceWords.ADMIN_AFTER.contains(t.text()) || DIRECTIONS.contains(t.text())) {
                return null;
            }
        }
        if (last - i > 3) {
            return null;
        }
        String name = text.substring(tokens.get(i).begin(), tokens.get(last).end());
        Gazetteer.Entry town = gazetteer.lookupSmall(name); // "in West Point": a town below the cut-off
        return new Candidate(i, last, town != null ? town : new Gazetteer.Entry(name, name, "region", -1, false, false));
    }

    /**
     * {@code the Mid West}, {@code the South East}, {@code the West Country}: two compass words (or a compass word
     * and Country or Coast) after "the" name a region, and so does a compass word before landforms in the plural
     * ({@code the Central Highlands}, {@code the Northern Tablelands}).
     */
    Candidate compassCompound(String text, List<Token> tokens, int i) {
        if (i < 1 || i + 1 >= tokens.size() || !tokens.get(i - 1).is("the")) {
            return null;
        }
        String first = tokens.get(i).text();
        String second = tokens.get(i + 1).text();
        boolean compound = COMPOUND_FIRST.contains(first) && COMPOUND_SECOND.contains(second)
                || DIRECTIONS.contains(first) && COMPOUND_LANDFORMS.contains(second);
        if (!compound || !Tokens.joinable(text, tokens.get(i), tokens.get(i + 1))) {
            return null;
        }
        if (i + 2 < tokens.size() && tokens.get(i + 2).capitalised() && Tokens.adjacent(text, tokens.get(i + 1), tokens.get(i + 2))) {
            return null; // "the South East Asia ...", "the West Coast Eagles": a longer name
        }
        String name = text.substring(tokens.get(i).begin(), tokens.get(i + 1).end());
        return new Candidate(i, i + 1, new Gazetteer.Entry(name, name, "region", -1, false, false));
    }

    /**
     * {@code Co Clare}, {@code County Mayo}: the Irish and British way of naming a county before its name; and
     * {@code Shire of Murray}, the Australian one of naming a local government area.
     */
    Candidate countyFirst(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.is("Shire") && i + 2 < tokens.size() && tokens.get(i + 1).is("of") && tokens.get(i + 2).capitalised()
                && Tokens.joinable(text, t, tokens.get(i + 1)) && Tokens.joinable(text, tokens.get(i + 1), tokens.get(i + 2))) {
            int last = NameSpans.lastOfName(text, tokens, i + 2);
            String name = text.substring(t.begin(), tokens.get(last).end());
            return new Candidate(i, last, new Gazetteer.Entry(name, name, "region", -1, false, false));
        }
        if (!(t.is("Co") || t.is("Co.") || t.is("County")) || i + 1 >= tokens.size()) {
            return null;
        }
        int j = i + 1;
        if (t.is("Co") && tokens.get(j).is(".") && tokens.get(j).begin() == t.end()) {
            j++;
        }
        if (j >= tokens.size() || !Tokens.joinable(text, tokens.get(j - 1), tokens.get(j))) {
            return null;
        }
        Candidate inner = longestName(text, tokens, j);
        if (inner == null && tokens.get(j).capitalised()) {
            // "Co. Mayo": the gazetteer keeps "County Mayo" whole where the name alone is also a word
            Gazetteer.Entry county = gazetteer.lookup("County " + tokens.get(j).text());
            inner = county == null ? null : new Candidate(j, j, county);
        }
        if (inner == null || inner.entry().blocked() || !COUNTY_KINDS.contains(inner.entry().kind())) {
            return null;
        }
        String name = text.substring(t.begin(), tokens.get(inner.last()).end());
        String canonical = "County " + text.substring(tokens.get(j).begin(), tokens.get(inner.last()).end());
        return new Candidate(i, inner.last(), new Gazetteer.Entry(name, canonical, "region", -1, false, false));
    }

    /** A gazetteer name with its continuation: {@code San Martín de los Andes}, {@code Newcastle-upon-Tyne}. */
    Candidate withConnectedTail(String text, List<Token> tokens, Candidate c) {
        int last = NameSpans.connected(text, tokens, c.last(), false);
        if (last == c.last() || c.entry().blocked()) {
            return c;
        }
        Gazetteer.Entry e = c.entry();
        String name = Tokens.spaced(text, tokens.get(c.first()).begin(), tokens.get(last).end());
        Gazetteer.Entry longer = gazetteer.lookup(name);
        return new Candidate(c.first(), last, longer != null ? longer
                : new Gazetteer.Entry(name, name, e.kind(), e.population(), false, false, e.country()));
    }

    /** Compass words after a city's or region's name that name a part of it: {@code Nairobi West}. */
    private static final Set<String> PART_AFTER = Set.of("North", "South", "East", "West", "Central");

    /**
     * {@code Nairobi West}, {@code Lusaka East}: a city's name with a compass word after it names a part of the city
     * (a district, a constituency), a place of its own of kind other; a region's ({@code Kitui North}) names a
     * smaller region. Not when the name goes on ({@code Nairobi West Hospital}).
     */
    Candidate withCompassPart(String text, List<Token> tokens, Candidate c) {
        int next = c.last() + 1;
        String kind = c.entry().kind();
        if (c.entry().blocked() || !"city".equals(kind) && !"region".equals(kind) || next >= tokens.size()
                || !PART_AFTER.contains(tokens.get(next).text()) || !Tokens.adjacent(text, tokens.get(c.last()), tokens.get(next))) {
            return c;
        }
        if (next + 1 < tokens.size() && tokens.get(next + 1).capitalised()
                && Tokens.adjacent(text, tokens.get(next), tokens.get(next + 1))) {
            return c;
        }
        String name = text.substring(tokens.get(c.first()).begin(), tokens.get(next).end());
        String part = "city".equals(kind) ? "other" : "region";
        return new Candidate(c.first(), next, new Gazetteer.Entry(name, name, part, -1, false, false, c.entry().country()));
    }

    /** {@code Jasper County}, {@code Kyoto Prefecture}: a place name with an administrative head is that region. */
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
