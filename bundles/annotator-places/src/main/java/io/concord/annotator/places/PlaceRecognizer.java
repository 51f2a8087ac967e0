package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TitleCaseLines;
import io.concord.language.CalendarWords;
import io.concord.language.ReportingVerbs;

/**
 * Finds named places in English news text: gazetteer names (longest match first) and water bodies named
 * with a generic word ({@code Lake Chad}, {@code Dnipro River}), filtered by the context that tells a place
 * from a part of a longer name ({@code Washington Post}, {@code Lloyd Austin}, {@code Bank of England}).
 * Thread-safe once built; holds no per-document state.
 */
public final class PlaceRecognizer {

    /** A place mention: offsets into the text, canonical name, kind and confidence. */
    public record Match(int begin, int end, String canonical, String kind, double confidence) {}

    /** Words after a place that keep it a place: titles ({@code US President}) rather than a longer name. */
    private static final Set<String> TITLES_AFTER = Set.of("President", "Presidents", "Prime", "Minister", "Ministers",
            "Foreign", "Defence", "Defense", "Secretary", "Governor", "Governors", "Mayor", "Ambassador", "Envoy",
            "Senator", "Senators", "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Chancellor",
            "King", "Queen", "Prince", "Princess", "Crown", "Emperor", "Leader", "Leaders", "Chief", "Commander",
            "General", "Gen", "Admiral", "Vice", "Deputy", "Attorney", "Speaker", "Premier", "Special",
            "Finance", "Interior", "Trade", "Energy", "Health", "Economy", "Officials", "Official", "Lawmakers",
            "Republican", "Republicans", "Democrat", "Democrats", "Lawmaker", "Legislator");

    /** Administrative words after a name: the name is then the region ({@code Kursk region}, {@code Odesa Oblast}). */
    private static final Set<String> ADMIN_AFTER = Set.of("region", "Region", "oblast", "Oblast", "province", "Province",
            "governorate", "Governorate", "krai", "Krai", "state", "State", "district", "District", "county", "County");

    /** Capitalised words before a place that do not make it part of a longer name. */
    private static final Set<String> FREE_BEFORE = Set.of("The", "In", "On", "At", "From", "To", "For", "With", "By",
            "As", "And", "But", "Or", "Both", "While", "When", "After", "Before", "Since", "Until", "Unlike", "Like",
            "Across", "Throughout", "Inside", "Outside", "Near", "Beyond", "Within", "Without", "Despite", "Amid",
            "Amidst", "Between", "Among", "Under", "Over", "If", "Although", "Though", "Because", "Meanwhile",
            "However", "Also", "Even", "Only", "Neither", "Nor", "Why", "How", "What", "Where", "Whether", "Including",
            "Via", "Elsewhere", "Here", "There", "Then", "Now", "Today", "Yesterday", "Last", "Next", "This", "That",
            "These", "Those", "Of", "Into", "Onto", "Upon", "Against", "Toward", "Towards", "Around", "About", "Along",
            "Through", "So", "Yet", "Still", "Not", "No", "A", "An", "Its", "Their", "His", "Her", "Our", "All", "Most",
            "Many", "Some", "Every", "Each", "Such", "Other", "Another", "According", "North", "South", "East",
            "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast",
            "Southwest", "Greater", "Mainland", "Occupied", "Free", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Visit", "Visiting", "Leaving", "Reporting", "Dateline",
            "Neighbouring", "Neighboring", "Nearby", "Neighbour", "Neighbor", "Rural", "Coastal", "Landlocked");


    /** What ends the place names of a wire dateline: {@code PORTO ALEGRE, Brazil (Reuters) -}. */
    private static final Set<String> DATELINE_END = Set.of(",", "(", "—", "–", "-", ":");

    /** Administrative words that name a region with the word before them ({@code Eastern Province}). */
    private static final Set<String> ADMIN_NAME_HEADS = Set.of("Province", "Oblast", "Governorate", "Prefecture",
            "Region", "Krai", "County");
    /** Plural administrative words after a list of names: {@code the Samara and Volgograd regions}. */
    private static final Set<String> ADMIN_PLURAL = Set.of("regions", "provinces", "oblasts", "states",
            "governorates", "districts", "counties", "prefectures");

    /** Verbs of a match report: a city before one is its team ({@code Liverpool beat Chelsea}). */
    private static final Set<String> RESULT_VERBS = Set.of("beat", "beats", "drew", "draw", "edged", "thrashed",
            "defeated", "trounced", "hammered", "routed", "crushed", "outclassed", "eliminated", "knocked");

    /** Lower-case words after a place's possessive that show a polity: {@code Victoria’s premier}. */
    private static final Set<String> POLITY_AFTER_POSSESSIVE = Set.of("premier", "president", "prime", "government",
            "governor", "king", "queen", "emir", "capital", "economy", "foreign", "parliament", "army", "military",
            "police", "people", "border", "borders", "largest", "biggest", "second-largest", "state", "health",
            "energy", "ministry", "minister", "interior", "coast", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "mayor", "legislature", "population", "election",
            "elections", "cabinet", "opposition", "leader", "leaders", "officials", "authorities");

    /** Postal abbreviations of US states that follow a city in datelines and addresses ({@code Tampa, Fla.}). */
    private static final Map<String, String> US_STATE_ABBREVIATIONS = Map.ofEntries(Map.entry("Ala", "Alabama"),
            Map.entry("Ariz", "Arizona"), Map.entry("Ark", "Arkansas"), Map.entry("Calif", "California"),
            Map.entry("Colo", "Colorado"), Map.entry("Conn", "Connecticut"), Map.entry("Del", "Delaware"),
            Map.entry("Fla", "Florida"), Map.entry("Ga", "Georgia"), Map.entry("Ill", "Illinois"),
            Map.entry("Ind", "Indiana"), Map.entry("Kan", "Kansas"), Map.entry("Kans", "Kansas"),
            Map.entry("Ky", "Kentucky"), Map.entry("La", "Louisiana"), Map.entry("Md", "Maryland"),
            Map.entry("Mass", "Massachusetts"), Map.entry("Mich", "Michigan"), Map.entry("Minn", "Minnesota"),
            Map.entry("Miss", "Mississippi"), Map.entry("Mo", "Missouri"), Map.entry("Mont", "Montana"),
            Map.entry("Neb", "Nebraska"), Map.entry("Nev", "Nevada"), Map.entry("N.H.", "New Hampshire"),
            Map.entry("N.J.", "New Jersey"), Map.entry("N.M.", "New Mexico"), Map.entry("N.Y.", "New York"),
            Map.entry("N.C.", "North Carolina"), Map.entry("N.D.", "North Dakota"), Map.entry("Okla", "Oklahoma"),
            Map.entry("Ore", "Oregon"), Map.entry("Pa", "Pennsylvania"), Map.entry("R.I.", "Rhode Island"),
            Map.entry("S.C.", "South Carolina"), Map.entry("S.D.", "South Dakota"), Map.entry("Tenn", "Tennessee"),
            Map.entry("Tex", "Texas"), Map.entry("Vt", "Vermont"), Map.entry("Va", "Virginia"),
            Map.entry("Wash", "Washington"), Map.entry("W.Va.", "West Virginia"), Map.entry("Wis", "Wisconsin"),
            Map.entry("Wyo", "Wyoming"));

    /** Prepositions after which a small town (below the population cut-off) is taken: {@code near Siesta Key}. */
    private static final Set<String> SMALL_TOWN_LOCATIVE = Set.of("in", "near", "outside", "from", "into", "across",
            "around", "towards", "toward", "In", "Near", "Outside", "From");

    /** Heads of organisation names: {@code Bank of England}, {@code University of Miami}, {@code Kyiv Post}. */
    private static final Set<String> ORGANISATION_HEADS = Set.of("Bank", "University", "Institute", "School", "College",
            "Academy", "Museum", "Ministry", "Department", "Church", "Council", "Court", "Society", "Association",
            "Federation", "League", "Party", "Parliament", "Assembly", "Agency", "Office", "Commission", "Committee",
            "Board", "Foundation", "Fund", "Centre", "Center", "Corporation", "Company", "Club", "Times", "Post", "News",
            "Journal", "Herald", "Tribune", "Press", "Airlines", "Airways", "Railways", "Group", "Authority", "Service",
            "Network", "Hospital", "Embassy", "Independent", "Review", "Gazette", "Daily", "Telegraph", "Guardian",
            "Observer", "Study", "Studies", "Forum", "Orchestra", "Stadium", "Airport", "Station", "Street", "Square",
            "Avenue", "Road", "Bridge", "Palace", "Hall", "Tower", "Accord", "Accords", "Agreement", "Treaty",
            "Convention", "Declaration", "Protocol", "Summit", "Conference", "Format", "Process", "Initiative");

    /** Prepositions that mark a location: they let a name that is also a word or a person's name count. */
    private static final Set<String> LOCATIVE = Set.of("in", "from", "to", "near", "at", "outside", "across",
            "towards", "toward", "into", "around", "of", "via", "throughout", "within", "inside", "visit", "visited",
            "visiting", "reached", "left", "between", "In", "From", "To", "Near", "At", "Outside", "Across", "Inside");

    private static final Set<String> WATER_AFTER = Set.of("Sea", "Ocean", "River", "Lake", "Gulf", "Bay", "Strait",
            "Channel", "Canal", "Lagoon", "Reservoir");
    private static final Set<String> WATER_BEFORE = Set.of("Lake", "Gulf", "Bay", "Strait", "Sea");
    /** Generic water words written in lower case after a name: {@code the Guaiba river}. */
    private static final Set<String> WATER_AFTER_LOWER = Set.of("river", "lake", "lagoon", "reservoir");

    /** Lower-case words inside place names ("Bosnia and Herzegovina", "Rio de Janeiro"). */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "da", "do", "dos", "das",
            "upon", "on", "la", "le", "les", "al", "el", "y", "en", "sur", "am", "an", "der", "di", "du", "des", "i");


    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The places named in a segmented text. */
    public List<Match> find(Segmentation segmentation) {
        String text = segmentation.text();
        List<Token> tokens = Tokens.of(segmentation);
        boolean[] headline = headlineTokens(segmentation, tokens);
        List<Found> found = new ArrayList<>();
        List<Found> unconfirmed = new ArrayList<>(); // names that are places only if the text confirms them
        int matchedUntil = -1; // index of the last token of the previous accepted match
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.capitalised()) {
                i++;
                continue;
            }
            if (lineStart(text, tokens, i)) {
                int next = dateline(text, tokens, i, found);
                if (next > i) {
                    matchedUntil = next - 1;
                    i = next;
                    continue;
                }
            }
            Found state = stateAbbreviation(text, tokens, i, matchedUntil);
            if (state != null) {
                found.add(state);
                matchedUntil = state.last;
                i = state.last + 1;
                continue;
            }
            Candidate c = longestName(text, tokens, i);
            if (c == null) {
                c = directionalRegion(text, tokens, i);
            }
            if (c != null) {
                c = withAdministrativeHead(text, tokens, c);
            }
            Candidate w = waterName(text, tokens, i);
            if (w != null && (c == null || w.last > c.last)) {
                c = w;
            }
            if (c == null) {
                c = unlistedRegion(text, tokens, i);
            }
            if (c == null) {
                c = smallTown(text, tokens, i);
            }
            if (c == null) {
                i++;
                continue;
            }
            if (!c.entry.blocked() && !currencyPrefix(text, tokens, c.last)) {
                Judged j = judge(text, tokens, c, headline[i], matchedUntil);
                if (j != null && !j.unconfirmed) {
                    found.add(new Found(j.match, c.entry, c.first, c.last));
                    matchedUntil = c.last;
                } else if (j != null) {
                    unconfirmed.add(new Found(j.match, c.entry, c.first, c.last));
                }
            }
            i = c.last + 1;
        }
        // a personal name or everyday word that the text uses as this place elsewhere: "Victoria has been ..."
        Set<String> confirmed = new HashSet<>();
        for (Found f : found) {
            confirmed.add(f.match.canonical());
        }
        for (Found f : unconfirmed) {
            if (confirmed.contains(f.match.canonical())) {
                found.add(f);
            }
        }
        found.sort(Comparator.comparingInt(f -> f.match.begin()));
        List<Match> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            out.add(otherReading(text, tokens, found, k));
        }
        return out;
    }

    private record Candidate(int first, int last, Gazetteer.Entry entry) {}

    /** An accepted place with the gazetteer entry it came from and its tokens. */
    private record Found(Match match, Gazetteer.Entry entry, int first, int last) {}

    /** The verdict on a candidate: {@code unconfirmed} when it counts only if the text uses it as a place elsewhere. */
    private record Judged(Match match, boolean unconfirmed) {}

    /**
     * The reading of a name that the rest of the document supports: {@code Georgia} is the US state after
     * {@code Atlanta,} or among other places of the United States, the country otherwise.
     */
    private Match otherReading(String text, List<Token> tokens, List<Found> found, int k) {
        Found f = found.get(k);
        Gazetteer.Entry alt = gazetteer.alternative(text.substring(f.match.begin(), f.match.end()));
        if (alt == null && f.entry.name() != null) {
            alt = gazetteer.alternative(f.entry.name());
        }
        if (alt == null || alt.kind().equals(f.match.kind())) {
            return f.match;
        }
        boolean useAlt;
        Found previous = k > 0 ? found.get(k - 1) : null;
        Found next = k + 1 < found.size() ? found.get(k + 1) : null;
        if (coordinated(tokens, previous, f) && "region".equals(previous.match.kind())
                || coordinated(tokens, f, next) && "region".equals(next.match.kind())) {
            useAlt = true; // "in Sonora and Chihuahua": the state, not its capital
        } else if (alt.country().isEmpty() || f.entry.country().isEmpty() || alt.country().equals(f.entry.country())) {
            useAlt = false;
        } else if (previous != null && previous.last == f.first - 2 && tokens.get(f.first - 1).is(",")) {
            useAlt = alt.country().equals(previous.entry.country()); // "Atlanta, Georgia"
        } else {
            int forAlt = 0;
            int forMain = 0;
            Set<String> seen = new HashSet<>();
            for (Found g : found) {
                if (g == f || g.match.canonical().equals(f.match.canonical()) || !seen.add(g.match.canonical())) {
                    continue;
                }
                if (alt.country().equals(g.entry.country())) {
                    forAlt++;
                } else if (!f.entry.country().isEmpty() && f.entry.country().equals(g.entry.country())) {
                    forMain++;
                }
            }
            useAlt = forAlt > forMain;
        }
        if (!useAlt) {
            return f.match;
        }
        Match m = f.match;
        return new Match(m.begin(), m.end(), alt.canonical(), alt.kind(), m.confidence());
    }

    /** Two places joined by "and", "or" or a comma: {@code Sonora and Chihuahua}. */
    private static boolean coordinated(List<Token> tokens, Found a, Found b) {
        if (a == null || b == null || b.first != a.last + 2) {
            return false;
        }
        Token between = tokens.get(a.last + 1);
        return between.is("and") || between.is("or") || between.is(",") && !"city".equals(a.match.kind());
    }

    /**
     * The first token on its line: a line break between it and the token before. Only that gap is read,
     * so the cost does not grow with the length of the line (a search back to the previous line break
     * made one long line quadratic).
     */
    private static boolean lineStart(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        for (int k = tokens.get(i - 1).end(); k < tokens.get(i).begin(); k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The first token of a sentence. */
    private static boolean sentenceStart(String text, List<Token> tokens, int i) {
        if (lineStart(text, tokens, i)) {
            return true;
        }
        String p = tokens.get(i - 1).text();
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("“") || p.equals("\"") || p.equals(":");
    }

    private static boolean allCaps(Token t) {
        if (t.kind() != Kind.WORD && t.kind() != Kind.ABBREVIATION) {
            return false;
        }
        int letters = 0;
        for (int k = 0; k < t.text().length(); k++) {
            char ch = t.text().charAt(k);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letters += Character.isLetter(ch) ? 1 : 0;
        }
        return letters >= 2;
    }

    /**
     * The places of a wire dateline written in capitals at the start of a line ({@code KYIV, Ukraine (AP) —},
     * {@code BEIJING/SEOUL, Oct 8 (Reuters) -}): added to {@code out}, returning the token after them, or
     * {@code i} when the line does not open with one.
     */
    private int dateline(String text, List<Token> tokens, int i, List<Found> out) {
        List<Found> local = new ArrayList<>(2);
        int k = i;
        while (true) {
            int start = k;
            while (k < tokens.size() && allCaps(tokens.get(k)) && (k == start || joinable(text, tokens.get(k - 1), tokens.get(k)))
                    && !tokens.get(k).is(",")) {
                k++;
            }
            if (k == start) {
                return i;
            }
            String name = spaced(text, tokens.get(start).begin(), tokens.get(k - 1).end());
            Gazetteer.Entry e = gazetteer.lookupAnyCase(name);
            if (e == null || e.blocked()) {
                return i;
            }
            Match m = new Match(tokens.get(start).begin(), tokens.get(k - 1).end(), e.canonical(), e.kind(),
                    Math.max(0.8, baseConfidence(e)));
            local.add(new Found(m, e, start, k - 1));
            if (k < tokens.size() && tokens.get(k).is("/")) {
                k++;
                continue;
            }
            break;
        }
        if (k >= tokens.size() || !DATELINE_END.contains(tokens.get(k).text()) || local.size() == 1 && allCapsLine(text, tokens, i)) {
            return i;
        }
        out.addAll(local);
        return k;
    }

    /** A line written all in capitals (a shouted headline), where capitals do not mark a dateline. */
    private static boolean allCapsLine(String text, List<Token> tokens, int i) {
        int words = 0;
        for (int k = i; k < tokens.size() && (k == i || !lineStart(text, tokens, k)); k++) {
            Token t = tokens.get(k);
            if (t.kind() == Kind.WORD && t.text().length() > 3) {
                if (!allCaps(t)) {
                    return false;
                }
                words++;
            }
        }
        return words > 4;
    }

    /** {@code Tampa, Fla.}: a US state's postal abbreviation right after a place and a comma. */
    private static final Set<String> DIRECTIONS = Set.of("Northern", "Southern", "Eastern", "Western", "Central",
            "North", "South", "East", "West", "Upper", "Lower");
    private static final Set<String> AREA_KINDS = Set.of("region", "country", "continent");

    /**
     * {@code Northern California}, {@code East Antarctica}, {@code North Maluku}: a compass word before a
     * region, country or continent names a part of it (names such as North Korea are in the gazetteer whole).
     */
    private Candidate directionalRegion(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!DIRECTIONS.contains(t.text()) || i + 1 >= tokens.size() || !joinable(text, t, tokens.get(i + 1))) {
            return null;
        }
        Candidate inner = longestName(text, tokens, i + 1);
        if (inner == null || inner.entry.blocked() || !AREA_KINDS.contains(inner.entry.kind())) {
            return null;
        }
        String name = text.substring(t.begin(), tokens.get(inner.last).end());
        return new Candidate(i, inner.last, new Gazetteer.Entry(name, name, "region", -1, false, false));
    }

    /** {@code Baldwin County}, {@code Hidaka Province}: a place name with an administrative head is that region. */
    private Candidate withAdministrativeHead(String text, List<Token> tokens, Candidate c) {
        int next = c.last + 1;
        if (next >= tokens.size() || !ADMIN_NAME_HEADS.contains(tokens.get(next).text())
                || !joinable(text, tokens.get(c.last), tokens.get(next)) || c.entry.blocked()) {
            return c;
        }
        if (next + 1 < tokens.size() && joinable(text, tokens.get(next), tokens.get(next + 1))
                && ORGANISATION_HEADS.contains(tokens.get(next + 1).text())) {
            return c; // "Kent County Council": an organisation
        }
        String name = text.substring(tokens.get(c.first).begin(), tokens.get(next).end());
        return new Candidate(c.first, next, new Gazetteer.Entry(name, name, "region", -1, false, false));
    }

    /** {@code US$2 billion}, {@code HK$}, {@code A$}: the letters name a currency, not the place. */
    private static boolean currencyPrefix(String text, List<Token> tokens, int last) {
        int end = tokens.get(last).end();
        return end < text.length() && text.charAt(end) == '$';
    }

    private Found stateAbbreviation(String text, List<Token> tokens, int i, int matchedUntil) {
        if (i < 2 || matchedUntil != i - 2 || !tokens.get(i - 1).is(",")) {
            return null;
        }
        Token t = tokens.get(i);
        String state = null;
        int last = i;
        if (t.kind() == Kind.ABBREVIATION) {
            state = US_STATE_ABBREVIATIONS.get(t.text());
        } else if (t.kind() == Kind.WORD && i + 1 < tokens.size() && tokens.get(i + 1).is(".")
                && tokens.get(i + 1).begin() == t.end()) {
            state = US_STATE_ABBREVIATIONS.get(t.text());
            last = i + 1;
        }
        if (state == null) {
            return null;
        }
        Gazetteer.Entry e = new Gazetteer.Entry(state, state, "region", -1, false, false, "US");
        return new Found(new Match(t.begin(), tokens.get(last).end(), state, "region", 0.8), e, i, last);
    }

    /**
     * A name the gazetteer lacks that an administrative word marks as a region: {@code the Wimmera region},
     * {@code the Eastern Province}.
     */
    private Candidate unlistedRegion(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Kind.WORD || allCaps(t) || i + 1 >= tokens.size() || !adjacent(text, t, tokens.get(i + 1))) {
            return null;
        }
        Token next = tokens.get(i + 1);
        if (ADMIN_NAME_HEADS.contains(next.text()) && !ORGANISATION_HEADS.contains(t.text())
                && !(i + 2 < tokens.size() && adjacent(text, next, tokens.get(i + 2)) && tokens.get(i + 2).capitalised())) {
            String name = text.substring(t.begin(), next.end());
            return new Candidate(i, i + 1, new Gazetteer.Entry(name, name, "region", -1, false, false));
        }
        boolean lowerAdmin = ADMIN_AFTER.contains(next.text()) && Character.isLowerCase(next.text().charAt(0))
                && !next.is("state");
        if (lowerAdmin && !FREE_BEFORE.contains(t.text()) && !CalendarWords.isMonth(t.text()) && !sentenceStart(text, tokens, i)
                && i > 0 && (tokens.get(i - 1).is("the") || tokens.get(i - 1).is("and") || tokens.get(i - 1).is(","))) {
            return new Candidate(i, i, new Gazetteer.Entry(t.text(), t.text(), "region", -1, false, false));
        }
        return null;
    }

    /**
     * A town below the population cut-off, taken only where the context makes a place certain: after
     * {@code in}, {@code near}, {@code from} (and not an everyday word or a personal name).
     */
    private Candidate smallTown(String text, List<Token> tokens, int i) {
        int k = i - 1;
        if (k < 0 || !SMALL_TOWN_LOCATIVE.contains(tokens.get(k).text())) {
            return null;
        }
        Candidate best = null;
        for (int j = i; j < tokens.size() && j < i + 3; j++) {
            Token last = tokens.get(j);
            if (!last.capitalised() || j > i && !joinable(text, tokens.get(j - 1), last)) {
                break;
            }
            Gazetteer.Entry e = gazetteer.lookupSmall(spaced(text, tokens.get(i).begin(), last.end()));
            if (e != null && !e.commonWord() && !e.personalName()) {
                best = new Candidate(i, j, e);
            }
        }
        return best;
    }

    /** The longest gazetteer name starting at token {@code i}. */
    private Candidate longestName(String text, List<Token> tokens, int i) {
        int limit = Math.min(tokens.size(), i + gazetteer.maxTokens());
        Candidate best = null;
        for (int j = i; j < limit; j++) {
            Token last = tokens.get(j);
            if (j > i && !joinable(text, tokens.get(j - 1), last)) {
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
            Gazetteer.Entry e = gazetteer.lookup(spaced(text, tokens.get(i).begin(), last.end()));
            if (e != null) {
                best = new Candidate(i, j, e);
            }
        }
        return best;
    }

    /** {@code Lake Baikal}, {@code Dnipro River}, {@code Gulf of Riga}: water named with a generic word. */
    private Candidate waterName(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (WATER_BEFORE.contains(t.text()) && i + 1 < tokens.size()) {
            int j = i + 1;
            if (tokens.get(j).is("of") && j + 1 < tokens.size() && joinable(text, t, tokens.get(j))) {
                j++;
            }
            Token name = tokens.get(j);
            if (name.capitalised() && name.kind() == Kind.WORD && joinable(text, tokens.get(j - 1), name)
                    && !WATER_AFTER.contains(name.text())) {
                return water(text, tokens, i, j);
            }
        }
        if (t.kind() == Kind.WORD && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (WATER_AFTER.contains(next.text()) && !WATER_AFTER.contains(t.text()) && joinable(text, t, next)) {
                return water(text, tokens, i, i + 1);
            }
            if (WATER_AFTER_LOWER.contains(next.text()) && adjacent(text, t, next) && !allCaps(t)
                    && !FREE_BEFORE.contains(t.text()) && !ORGANISATION_HEADS.contains(t.text())
                    && !sentenceStart(text, tokens, i)) {
                // "the Guaiba river": one water place, its generic word capitalised in the canonical name
                String name = text.substring(t.begin(), next.end());
                String canonical = t.text() + " " + Character.toUpperCase(next.text().charAt(0)) + next.text().substring(1);
                return new Candidate(i, i + 1, new Gazetteer.Entry(name, canonical, "water", -1, false, false));
            }
        }
        return null;
    }

    private static Candidate water(String text, List<Token> tokens, int first, int last) {
        String name = text.substring(tokens.get(first).begin(), tokens.get(last).end());
        return new Candidate(first, last, new Gazetteer.Entry(name, name, "water", -1, false, false));
    }

    /** Decides whether a candidate is a place here, and with which kind and confidence. */
    private Judged judge(String text, List<Token> tokens, Candidate c, boolean headline, int previousMatchEnd) {
        Gazetteer.Entry e = c.entry;
        Token first = tokens.get(c.first);
        Token last = tokens.get(c.last);
        Token before = c.first > 0 && adjacent(text, tokens.get(c.first - 1), first) ? tokens.get(c.first - 1) : null;
        Token after = c.last + 1 < tokens.size() && adjacent(text, last, tokens.get(c.last + 1)) ? tokens.get(c.last + 1) : null;
        String kind = e.kind();
        double confidence = baseConfidence(e);

        if (last.text().endsWith(".") && !(c.first == c.last - 1 && first.kind() == Kind.ABBREVIATION)) {
            after = null; // "... and the U.S. While ...": the abbreviation's full stop ends the sentence
        }
        if (c.first == c.last && (CalendarWords.isMonth(first.text()) || ORGANISATION_HEADS.contains(first.text()))) {
            return null; // "in March", "at the University of Oxford"
        }
        if ("city".equals(kind) && after != null && RESULT_VERBS.contains(after.text())) {
            return null; // "Liverpool beat Chelsea": the club
        }
        if (after != null && after.capitalised() && after.kind() == Kind.WORD) {
            if (ADMIN_AFTER.contains(after.text())) {
                kind = "country".equals(kind) ? kind : "region";
            } else if (organisationFollows(text, tokens, c.last + 1)) {
                return null; // "Kyiv Post", "Africa Digital News", "Moscow State University"
            } else if (!headline && !TITLES_AFTER.contains(after.text()) && !startsPlace(text, tokens, c.last + 1)) {
                return null; // part of a longer name: "Washington Post", "Paris Hilton", "Manchester United"
            }
        } else if (after != null && (ADMIN_AFTER.contains(after.text()) || ADMIN_PLURAL.contains(after.text()))
                && !"country".equals(kind)) {
            kind = "region";
        } else if (!"country".equals(kind) && pluralAdminAhead(tokens, c.last)) {
            kind = "region"; // "the Samara and Volgograd regions"
        }
        if (before != null && before.capitalised() && before.kind() == Kind.WORD && !headline
                && !FREE_BEFORE.contains(before.text()) && c.first - 1 != previousMatchEnd
                && !(sentenceStart(text, tokens, c.first - 1) && participleOrAdverb(before.text()))) {
            return null; // "Lloyd Austin", "Marco Rubio", "Real Madrid"
        }
        if (insideOrganisationName(text, tokens, c.first)) {
            return null;
        }
        boolean locative = locativeBefore(tokens, c.first) || polityPossessive(tokens, c.last);
        Match match = new Match(first.begin(), last.end(), e.canonical(), kind, confidence);
        if (e.commonWord() && !locative) {
            return new Judged(match, true); // "Nice", "Mobile", "Date": only "in Nice"
        }
        if (e.personalName() && "region".equals(e.kind()) && after != null && ReportingVerbs.isSpeechVerb(after.text())) {
            return null; // "Clare said": a person, not the Irish county
        }
        if (e.personalName() && "city".equals(kind) && e.population() < 1_000_000) {
            boolean sayVerb = after != null && ReportingVerbs.isSpeechVerb(after.text());
            if (sayVerb) {
                return null; // "Rubio said"
            }
            if (!locative) {
                return new Judged(match, true); // "Victoria" as a first name, unless the text confirms the place
            }
            match = new Match(first.begin(), last.end(), e.canonical(), kind, confidence - 0.1);
        }
        return new Judged(match, false);
    }

    /** {@code Victoria’s premier}, {@code Jordan's king}: the possessive of a polity. */
    private static boolean polityPossessive(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !(tokens.get(k).is("’") || tokens.get(k).is("'")) || !tokens.get(k + 1).is("s")) {
            return false;
        }
        return POLITY_AFTER_POSSESSIVE.contains(tokens.get(k + 2).text());
    }

    /** {@code Samara and Volgograd regions}: names joined by "and" or commas, then a plural administrative word. */
    private static boolean pluralAdminAhead(List<Token> tokens, int last) {
        for (int k = last + 1; k < tokens.size() && k <= last + 6; k++) {
            Token t = tokens.get(k);
            if (ADMIN_PLURAL.contains(t.text())) {
                return k > last + 1;
            }
            if (!t.is("and") && !t.is(",") && !t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** A sentence-opening word that is no part of a name: {@code Neighbouring}, {@code Reportedly}. */
    private static boolean participleOrAdverb(String w) {
        return w.length() > 5 && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly"));
    }

    private static double baseConfidence(Gazetteer.Entry e) {
        switch (e.kind()) {
            case "country":
            case "continent":
                return 0.95;
            case "water":
            case "region":
                return e.population() < 0 && e.name().equals(e.canonical()) ? 0.85 : 0.8;
            default:
                if (e.population() < 0 || e.population() >= 1_000_000) {
                    return 0.9;
                }
                return e.population() >= 100_000 ? 0.85 : 0.75;
        }
    }

    /** The capitalised words from {@code i} on (up to four) include an organisation head. */
    private static boolean organisationFollows(String text, List<Token> tokens, int i) {
        for (int j = i; j < tokens.size() && j < i + 4; j++) {
            Token t = tokens.get(j);
            if (!t.capitalised() || (j > i && !adjacent(text, tokens.get(j - 1), t))) {
                return false;
            }
            if (ORGANISATION_HEADS.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** True when the capitalised word at {@code i} begins a gazetteer name ("US Ukraine talks"). */
    private boolean startsPlace(String text, List<Token> tokens, int i) {
        Candidate c = longestName(text, tokens, i);
        return c != null && !c.entry.blocked();
    }

    /** {@code Bank of England}, {@code Institute for the Study of War}: an organisation head before "of"/"for". */
    private static boolean insideOrganisationName(String text, List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        if (k < 0 || !(tokens.get(k).is("of") || tokens.get(k).is("for"))) {
            return false;
        }
        // walk back over the capitalised words of the name before "of"
        for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
            Token t = tokens.get(j);
            if (!t.capitalised() && !t.is("the") && !t.is("of") && !t.is("for") && !t.is("and")) {
                return false;
            }
            if (ORGANISATION_HEADS.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean locativeBefore(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 0 && LOCATIVE.contains(tokens.get(k).text());
    }

    /** Two tokens of one name: touching ("Nagorno-Karabakh") or one space apart ("Gulf of Mexico", "Washington, D.C."). */
    private static boolean joinable(String text, Token a, Token b) {
        int gap = b.begin() - a.end();
        if (gap == 0) {
            return true;
        }
        return gap == 1 && text.charAt(a.end()) == ' ' && (a.kind() != Kind.PUNCT || a.is(","));
    }

    /** Neighbouring words of one phrase: separated by spaces only, not by a line break. */
    private static boolean adjacent(String text, Token a, Token b) {
        for (int k = a.end(); k < b.begin(); k++) {
            char ch = text.charAt(k);
            if (ch != ' ' && ch != '\u00a0') {
                return false;
            }
        }
        return a.kind() != Kind.PUNCT && b.kind() != Kind.PUNCT;
    }

    /** The text of a span with runs of spaces collapsed, as the gazetteer writes names. */
    private static String spaced(String text, int begin, int end) {
        String s = text.substring(begin, end);
        return s.indexOf("  ") < 0 ? s : s.replaceAll(" +", " ");
    }

    /** Whether each token stands in a title-case line (a headline), where capitalisation says nothing. */
    private static boolean[] headlineTokens(Segmentation segmentation, List<Token> tokens) {
        boolean[] byWord = TitleCaseLines.of(segmentation);
        boolean[] out = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            int w = segmentation.wordAt(tokens.get(i).begin());
            out[i] = w < byWord.length && byWord[w];
        }
        return out;
    }
}
