package io.concord.annotator.places;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.Countries;
import io.concord.language.FunctionWords;
import io.concord.language.Honorifics;
import io.concord.language.PlaceNouns;

/**
 * Words around a name that make it a place whatever the name is: a settlement or division noun before it
 * ({@code the town of X}, {@code the province of X}), a bearing before it ({@code 30 km south of X}), nearness
 * ({@code near X}, {@code in nearby X}), a distance from it ({@code 40 km from X}), its residents
 * ({@code residents of X}), {@code X-based}, or an apposition after it ({@code X, a farming town in ...},
 * {@code X, the flat plain south of ...}, {@code X, 40 km north of Y}). News introduces the
 * places a reader may not know this way, so these cues let a town the gazetteer lacks, or one whose name is
 * also a word or a personal name, count as a place.
 */
final class PlaceCues {

    /** What a cue says the place is. */
    enum Cue { SETTLEMENT, DIVISION }

    /** Nouns of settlements: {@code the town of X}, {@code X, a mining town}. */
    private static final Set<String> SETTLEMENTS = Set.of("town", "towns", "village", "villages", "city", "cities",
            "hamlet", "hamlets", "municipality", "municipalities", "township", "townships", "suburb", "suburbs",
            "port", "capital", "settlement", "settlements", "commune", "community", "communities");

    /** Nouns of divisions and islands: {@code the province of X}, {@code X, an island off ...}. */
    private static final Set<String> DIVISIONS = Set.of("district", "districts", "province", "provinces", "state",
            "region", "county", "counties", "island", "islands", "regency", "prefecture", "territory", "department",
            "governorate", "oblast");

    /** Words that may follow the noun of an apposition: {@code a town of 4,000}, {@code a village near ...}. */
    private static final Set<String> AFTER_NOUN = Set.of("of", "in", "on", "near", "outside", "at", "by", "off",
            "along", "close", "about", "some", "just", "where", "which", "that", "whose", "with", "known", "across",
            "between", "beside", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "north-east", "north-west", "south-east", "south-west", "upriver", "downriver", "inland",
            "famous", "best", "popular", "home", "for", "and", ",", ".", ";", ":", ")", "—", "–");

    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    private static final Set<String> DISTANCE_UNITS = Set.of("km", "kms", "kilometres", "kilometers", "kilometre",
            "kilometer", "mi", "miles", "mile");
    private static final Set<String> HEDGES = Set.of("about", "some", "around", "roughly", "nearly", "almost", "just",
            "only", "barely", "over", "under", "approximately");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words of nearness before a name: only places lie near or nearby. */
    private static final Set<String> NEAR = Set.of("near", "nearby");
    /** Feasts that come near in time, not in space: {@code near Christmas}. */
    private static final Set<String> FEASTS = Set.of("Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Thanksgiving",
            "Hanukkah", "Passover", "Lent", "Advent", "Midsummer");
    /** Nouns of the people who live in a place ({@code residents of X}), and its outskirts. */
    private static boolean residents(String word) {
        return PlaceNouns.residents(word) || word.equals("outskirts");
    }
    /** Nouns of landforms that an apposition gives a region: {@code X, the flat plain south of ...}. */
    private static final Set<String> LANDFORMS = Set.of("plain", "plains", "plateau", "valley", "peninsula", "basin",
            "lowlands", "uplands", "moorland", "heathland", "wetlands", "delta");
    /** Verbs of posture before {@code near}: someone sits near a person as often as near a place. */
    private static final Set<String> POSTURES = Set.of("sat", "sitting", "sits", "stood", "standing", "stands",
            "seated", "lay", "lying", "knelt", "kneeling");
    /** Words of facilities, which lie near places but are not towns: {@code near Heathrow Terminal 5}. */
    private static final Set<String> FACILITIES = Set.of("Terminal", "Park", "Gardens", "Mall", "Plaza", "Gate",
            "Gates", "Building", "Tower", "Towers", "Centre", "Arena", "Base", "Camp", "Prison", "Mine", "Plant",
            "Junction", "Exit", "Drive", "Lane", "Way", "Close", "Crescent", "Boulevard", "Highway", "Motorway",
            // days and seasons come near in time: "near Labor Day"
            "Day", "Eve", "Week");
    /** Titles before a person's name: {@code near President X} is a person standing near. */
    private static final Set<String> TITLES = Set.of("President", "Prime", "Minister", "Chancellor", "King", "Queen",
            "Prince", "Princess", "Pope", "Senator", "Governor", "Mayor", "Judge", "Justice", "Councillor", "Cllr",
            "Coach", "Manager", "Captain", "Officer", "Detective", "Sergeant", "Constable", "General", "Colonel",
            "Major", "Lieutenant", "Commander", "Chief", "Secretary", "Ambassador", "Bishop", "Archbishop", "Pastor",
            "Professor", "Inspector", "Superintendent", "Agent", "Nurse", "Doctor");
    /** Plural nouns of settlements and divisions, which name a list: {@code the hamlets of X and Y}. */
    private static final Set<String> PLURALS = Set.of("towns", "villages", "cities", "hamlets", "municipalities",
            "townships", "suburbs", "settlements", "communities", "districts", "provinces", "counties", "islands");

    /**
     * The name at {@code first} after {@code near} is a place, not a person or a thing near which someone is: no
     * feast, title or honorific opens it, no facility word is in it ({@code near Heathrow Terminal 5}), it is no
     * possessive ({@code near Smith's house}) and no verb of posture comes before ({@code sitting near Johnson}).
     */
    private static boolean nearPlace(List<Token> tokens, int first) {
        String word = tokens.get(first).text();
        if (FEASTS.contains(word) || Honorifics.is(word) || TITLES.contains(word)
                || first >= 2 && POSTURES.contains(tokens.get(first - 2).text())) {
            return false;
        }
        for (int k = first; k < tokens.size() && k < first + 4 && tokens.get(k).capitalised(); k++) {
            if (OrganisationNames.HEADS.contains(tokens.get(k).text()) || FACILITIES.contains(tokens.get(k).text())) {
                return false;
            }
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            if (next != null && (next.is("’") || next.is("'"))) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of facilities that news places {@code in} a town: {@code the Greenvale Stadium in X}. */
    private static final Set<String> FACILITIES_IN = Set.of("stadium", "airport", "hospital", "temple", "mosque",
            "church", "cathedral", "factory", "mine", "prison", "refinery", "smelter");
    /** Nouns of rivers and roads that news measures or cuts {@code at} a town: {@code the Karuah River at X}. */
    private static final Set<String> ROUTES_AT = Set.of("river", "causeway", "bridge", "highway", "motorway",
            "road", "railway", "dam", "weir", "creek", "ford");

    /** Nouns of homes and households, which news counts {@code in} a town: {@code roofs torn from homes in X}. */
    private static final Set<String> DWELLINGS_IN = Set.of("homes", "houses", "households", "residents", "families",
            "properties", "streets");

    /** A facility or dwelling noun and {@code in}, or a river or road noun and {@code at}, right before a name. */
    private static boolean siteBefore(Token noun, Token link) {
        String word = noun.text().toLowerCase(Locale.ROOT);
        return link.is("in") && (FACILITIES_IN.contains(word) || DWELLINGS_IN.contains(word))
                || link.is("at") && ROUTES_AT.contains(word);
    }

    /** {@code of} at token {@code of} after a plural settlement noun or residents: {@code the villages of}. */
    static boolean pluralNounOf(List<Token> tokens, int of) {
        return of >= 1 && tokens.get(of).is("of")
                && (PLURALS.contains(tokens.get(of - 1).text()) || residents(tokens.get(of - 1).text()));
    }

    private PlaceCues() {}

    /**
     * The cue before a name starting at token {@code first}: {@code the (coastal) town of X} gives its noun's cue,
     * {@code (30 km) north of X} a settlement; null when there is none.
     */
    static Cue before(List<Token> tokens, int first) {
        if (first >= 1 && NEAR.contains(tokens.get(first - 1).text()) && nearPlace(tokens, first)) {
            return Cue.SETTLEMENT; // "farmed near X", "in nearby X": what lies near is a place
        }
        if (first >= 5 && tokens.get(first - 1).is("of") && tokens.get(first - 2).is(",")
                && tokens.get(first - 3).kind() == Kind.NUMBER && tokens.get(first - 4).is(",")
                && tokens.get(first - 5).capitalised() && nearPlace(tokens, first)) {
            return Cue.SETTLEMENT; // "Dana Pellow, 41, of X": news gives a person's age and home town
        }
        if (first >= 2 && siteBefore(tokens.get(first - 2), tokens.get(first - 1)) && nearPlace(tokens, first)) {
            return Cue.SETTLEMENT; // "the Greenvale Stadium in X", "homes in X", "the river at X": sites of a town
        }
        if (first >= 2 && tokens.get(first - 1).is("from") && DISTANCE_UNITS.contains(tokens.get(first - 2).text())) {
            return Cue.SETTLEMENT; // "walked 40 kilometres from X": distances run between places
        }
        int of = first - 1;
        if (of >= 1 && tokens.get(of).is("of") && residents(tokens.get(of - 1).text())) {
            return Cue.SETTLEMENT; // "residents of X": people live in places
        }
        if (of < 1 || !tokens.get(of).is("of")) {
            return null;
        }
        Cue noun = tokens.get(of - 1).is("capital") ? null : cueOf(tokens.get(of - 1).text());
        if (noun != null) {
            // "the town of", "the small coastal town of": an article within three words ("a community of Somalis" is not)
            for (int k = of - 2; k >= 0 && k >= of - 4; k--) {
                if (tokens.get(k).is("the") || tokens.get(k).is("The")) {
                    return noun; // "The village of X flooded" opens its sentence
                }
                if (!lowerWord(tokens.get(k)) && !Countries.isDemonym(tokens.get(k).text())) {
                    return null; // "the Greek island of" keeps its cue
                }
            }
            return null;
        }
        int bearing = compassBefore(tokens, of);
        return bearing >= 0 ? Cue.SETTLEMENT : null;
    }

    /**
     * The cue after a name ending at token {@code last}: an apposition that says what it is
     * ({@code , a small town in}, {@code , the river island}) or how far it lies from another
     * ({@code , 20 km north-west of}); null when there is none.
     */
    static Cue after(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",")) {
            return null;
        }
        k++;
        if (ARTICLES.contains(tokens.get(k).text())) {
            // ", a (small coastal) town in": up to three lower-case words, hyphens or numbers before the noun
            for (int j = k + 1; j < tokens.size() && j <= k + 6; j++) {
                Token t = tokens.get(j);
                Cue cue = cueOf(t.text());
                if (cue != null) {
                    // the first such noun is the head: "a city councillor in the town of" is a person
                    return j + 1 < tokens.size() && followsNoun(tokens.get(j + 1)) ? cue : null;
                }
                boolean modifier = lowerWord(t) && !FunctionWords.contains(t.text());
                if (!modifier && !t.is("-") && t.kind() != Kind.NUMBER) {
                    return null;
                }
            }
            return null;
        }
        if (tokens.get(k).kind() == Kind.WORD && HEDGES.contains(tokens.get(k).text())) {
            k++;
        }
        // ", 20 km north-west of Y", ", 12 miles from Y"
        if (k + 2 < tokens.size() && tokens.get(k).kind() == Kind.NUMBER
                && DISTANCE_UNITS.contains(tokens.get(k + 1).text())) {
            int j = k + 2;
            if (tokens.get(j).is("from")) {
                return Cue.SETTLEMENT;
            }
            int end = compassAt(tokens, j);
            return end >= 0 && end + 1 < tokens.size() && tokens.get(end + 1).is("of") ? Cue.SETTLEMENT : null;
        }
        return null;
    }

    /**
     * {@code X-based} right after the name ending at {@code last}: firms and people are based in places, so the
     * name is a town (a cue for names the gazetteer lacks; a listed region keeps its kind).
     */
    static Cue basedAfter(List<Token> tokens, int last) {
        int dash = last + 1;
        if (dash + 2 >= tokens.size() || !tokens.get(dash).is("-") || !tokens.get(dash + 1).is("based")
                || tokens.get(last).end() != tokens.get(dash).begin() || tokens.get(dash).end() != tokens.get(dash + 1).begin()) {
            return null;
        }
        // "Tromsø-based operator", "Tokyo-based Sakura Motors"; not "Android-based phones", where the
        // name is what a thing is built on
        Token head = tokens.get(dash + 2);
        return head.capitalised() || BASED_HEADS.contains(head.text()) ? Cue.SETTLEMENT : null;
    }

    /** Nouns of who or what is based in a place: {@code a Tokyo-based carmaker}. */
    private static final Set<String> BASED_HEADS = Set.of("company", "firm", "operator", "group", "retailer", "lender",
            "bank", "startup", "start-up", "charity", "analyst", "analysts", "consultancy", "carrier", "airline",
            "manufacturer", "maker", "carmaker", "developer", "insurer", "broker", "investor", "fund", "business",
            "producer", "exporter", "importer", "supplier", "builder", "shipper", "trader", "artist", "designer",
            "journalist", "writer", "organisation", "organization", "band", "team", "club", "agency", "newspaper",
            "think-tank", "researcher", "researchers", "economist", "architect", "chain", "distributor", "owner");

    /** Nouns of settlements after a name: {@code in Nyamata village}. */
    private static final Set<String> SETTLEMENT_AFTER = Set.of("village", "town", "township", "hamlet");
    /** Nouns of islands after a name: {@code on Inishbofin island}. */
    private static final Set<String> ISLAND_AFTER = Set.of("island", "islet");
    /** A border post after {@code the} and a name: {@code the Wagah crossing}, {@code the Torkham border crossing}. */
    private static final String CROSSING = "crossing";
    /** Words after such a noun that make it part of a longer noun: {@code the Davos town hall}. */
    private static final Set<String> COMPOUND_AFTER = Set.of("hall", "halls", "centre", "center", "council",
            "councils", "square", "squares", "clerk", "crier", "planner", "planners", "house", "elder", "elders", "chief");
    /** Prepositions of place before a name with a settlement noun after it. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "of", "outside", "around",
            "on", "off");

    /**
     * A settlement or island noun right after a name that a preposition of place opens: {@code in Nyamata village},
     * {@code on Inishbofin island}, or a border crossing after {@code the}; the noun describes the place and is
     * no part of its name.
     */
    static Cue nounAfter(List<Token> tokens, int first, int last) {
        int k = last + 1;
        if (first < 1 || k >= tokens.size()) {
            return null;
        }
        if (tokens.get(first - 1).is("the")) {
            return crossingAfter(tokens, k);
        }
        if (!LOCATIVE.contains(tokens.get(first - 1).text())) {
            return null;
        }
        if (ISLAND_AFTER.contains(tokens.get(k).text())) {
            return Cue.DIVISION;
        }
        if (!SETTLEMENT_AFTER.contains(tokens.get(k).text())) {
            return null;
        }
        return k + 1 < tokens.size() && COMPOUND_AFTER.contains(tokens.get(k + 1).text()) ? null : Cue.SETTLEMENT;
    }

    /**
     * {@code the X crossing}, {@code the X border crossing} at token {@code k}: a border post, named after its
     * town; not {@code the X crossing guard}, where the noun goes on.
     */
    private static Cue crossingAfter(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).is("border")) {
            k++;
        }
        return k + 1 < tokens.size() && tokens.get(k).is(CROSSING) && followsNoun(tokens.get(k + 1))
                ? Cue.SETTLEMENT : null;
    }

    private static Cue cueOf(String word) {
        if (SETTLEMENTS.contains(word)) {
            return Cue.SETTLEMENT;
        }
        return DIVISIONS.contains(word) || LANDFORMS.contains(word) ? Cue.DIVISION : null;
    }

    private static boolean followsNoun(Token t) {
        return AFTER_NOUN.contains(t.text()) || t.kind() == Kind.NUMBER;
    }

    private static boolean lowerWord(Token t) {
        return t.kind() == Kind.WORD && Character.isLowerCase(t.text().codePointAt(0));
    }

    /** The first token of a bearing ending right before {@code of} ({@code north}, {@code north-west}), or -1. */
    private static int compassBefore(List<Token> tokens, int of) {
        int k = of - 1;
        if (k < 0 || !COMPASS.contains(tokens.get(k).text())) {
            return -1;
        }
        if (k >= 2 && tokens.get(k - 1).is("-") && COMPASS.contains(tokens.get(k - 2).text())) {
            k -= 2; // "north-west" is three tokens
        }
        return k;
    }

    /** The last token of a bearing starting at {@code k} ({@code east}, {@code south-east}), or -1. */
    private static int compassAt(List<Token> tokens, int k) {
        if (k >= tokens.size() || !COMPASS.contains(tokens.get(k).text())) {
            return -1;
        }
        if (k + 2 < tokens.size() && tokens.get(k + 1).is("-") && COMPASS.contains(tokens.get(k + 2).text())) {
            return k + 2;
        }
        return k;
    }
}
