package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;

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
            "Finance", "Interior", "Trade", "Energy", "Health", "Economy", "Officials", "Official", "Lawmakers");

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
            "September", "October", "November", "December", "Visit", "Visiting", "Leaving", "Reporting", "Dateline");

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

    /** Lower-case words inside place names ("Bosnia and Herzegovina", "Rio de Janeiro"). */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "da", "do", "dos", "das",
            "upon", "on", "la", "le", "les", "al", "el", "y", "en", "sur", "am", "an", "der", "di", "du", "des", "i");

    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "added", "stated", "wrote",
            "tweeted", "posted", "insisted", "argued", "warned", "noted", "explained", "asked", "replied");

    private final Gazetteer gazetteer;

    public PlaceRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Match> find(String text) {
        List<Token> tokens = Tokens.of(text);
        boolean[] headline = headlineTokens(text, tokens);
        List<Match> out = new ArrayList<>();
        int[] matchedUntil = {-1}; // index of the last token of the previous accepted match
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (!t.capitalised()) {
                i++;
                continue;
            }
            Candidate c = longestName(text, tokens, i);
            Candidate w = waterName(text, tokens, i);
            if (w != null && (c == null || w.last > c.last)) {
                c = w;
            }
            if (c == null) {
                i++;
                continue;
            }
            if (!c.entry.blocked()) {
                Match m = judge(text, tokens, c, headline[i], matchedUntil[0]);
                if (m != null) {
                    out.add(m);
                    matchedUntil[0] = c.last;
                }
            }
            i = c.last + 1;
        }
        return out;
    }

    private record Candidate(int first, int last, Gazetteer.Entry entry) {}

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
        }
        return null;
    }

    private static Candidate water(String text, List<Token> tokens, int first, int last) {
        String name = text.substring(tokens.get(first).begin(), tokens.get(last).end());
        return new Candidate(first, last, new Gazetteer.Entry(name, name, "water", -1, false, false));
    }

    /** Decides whether a candidate is a place here, and with which kind and confidence. */
    private Match judge(String text, List<Token> tokens, Candidate c, boolean headline, int previousMatchEnd) {
        Gazetteer.Entry e = c.entry;
        Token first = tokens.get(c.first);
        Token last = tokens.get(c.last);
        Token before = c.first > 0 && adjacent(text, tokens.get(c.first - 1), first) ? tokens.get(c.first - 1) : null;
        Token after = c.last + 1 < tokens.size() && adjacent(text, last, tokens.get(c.last + 1)) ? tokens.get(c.last + 1) : null;
        String kind = e.kind();
        double confidence = baseConfidence(e);

        if (last.text().endsWith(".")) {
            after = null; // "... and the U.S. While ...": the abbreviation's full stop ends the sentence
        }
        if (after != null && after.capitalised() && after.kind() == Kind.WORD) {
            if (ADMIN_AFTER.contains(after.text())) {
                kind = "country".equals(kind) ? kind : "region";
            } else if (organisationFollows(text, tokens, c.last + 1)) {
                return null; // "Kyiv Post", "Africa Digital News", "Moscow State University"
            } else if (!headline && !TITLES_AFTER.contains(after.text()) && !startsPlace(text, tokens, c.last + 1)) {
                return null; // part of a longer name: "Washington Post", "Paris Hilton", "Manchester United"
            }
        } else if (after != null && ADMIN_AFTER.contains(after.text()) && !"country".equals(kind)) {
            kind = "region";
        }
        if (before != null && before.capitalised() && before.kind() == Kind.WORD && !headline
                && !FREE_BEFORE.contains(before.text()) && c.first - 1 != previousMatchEnd) {
            return null; // "Lloyd Austin", "Marco Rubio", "Real Madrid"
        }
        if (insideOrganisationName(text, tokens, c.first)) {
            return null;
        }
        boolean locative = locativeBefore(tokens, c.first);
        if (e.commonWord() && !locative) {
            return null; // "Nice", "Mobile", "Date": only "in Nice"
        }
        if (e.personalName() && "region".equals(e.kind()) && after != null && REPORTING_VERBS.contains(after.text())) {
            return null; // "Clare said": a person, not the Irish county
        }
        if (e.personalName() && "city".equals(kind) && e.population() < 1_000_000) {
            boolean sayVerb = after != null && REPORTING_VERBS.contains(after.text());
            if (!locative || sayVerb) {
                return null; // "Rubio said", "Victoria" as a first name
            }
            confidence -= 0.1;
        }
        return new Match(first.begin(), last.end(), e.canonical(), kind, confidence);
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

    /** Short function words that title-case headlines leave in lower case. */
    private static final Set<String> HEADLINE_LOWER_CASE = Set.of("with", "from", "into", "over", "upon", "onto",
            "than", "that", "amid", "about", "after", "near", "under", "this");

    /**
     * Marks the tokens of title-case lines (headlines): there every word is capitalised, so a capitalised
     * neighbour says nothing about a longer name.
     */
    private static boolean[] headlineTokens(String text, List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        int t = 0;
        while (t < tokens.size()) {
            int lineEnd = text.indexOf('\n', tokens.get(t).begin());
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int u = t;
            int words = 0;
            boolean lowerCaseWord = false;
            while (u < tokens.size() && tokens.get(u).begin() < lineEnd) {
                Token tok = tokens.get(u);
                if (tok.kind() == Kind.WORD && tok.text().length() >= 4) {
                    words++;
                    lowerCaseWord |= !tok.capitalised() && !HEADLINE_LOWER_CASE.contains(tok.text());
                }
                u++;
            }
            boolean headline = words >= 3 && !lowerCaseWord;
            for (int k = t; k < u; k++) {
                out[k] = headline;
            }
            t = u;
        }
        return out;
    }
}
