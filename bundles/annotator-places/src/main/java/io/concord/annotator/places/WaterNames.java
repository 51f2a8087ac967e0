package io.concord.annotator.places;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.Countries;
import io.concord.language.FunctionWords;

/**
 * Water named with a generic word, listed in the gazetteer or not: {@code Lake Baikal}, {@code Dnipro River},
 * {@code Great Fish River}, {@code Gulf of Riga}, {@code the Guaiba river}, {@code Oslofjord}.
 */
final class WaterNames {

    private static final Set<String> WATER_AFTER = Set.of("Sea", "Ocean", "River", "Lake", "Gulf", "Bay", "Strait",
            "Channel", "Canal", "Lagoon", "Reservoir", "Fjord", "Firth", "Sound", "Estuary");
    private static final Set<String> WATER_BEFORE = Set.of("Lake", "Gulf", "Bay", "Strait", "Sea", "River");
    /** The generic words that stand before a bare name ({@code Lake Chad}, British {@code River Wensum}); the others take "of". */
    private static final Set<String> BARE_BEFORE = Set.of("Lake", "River");
    /** Words after {@code the} and a bare name that only a river does: {@code the Ouse burst its banks}. */
    private static final Set<String> RIVER_VERBS = Set.of("overflowed", "meanders", "meandered");
    /** Verbs that make a river with {@code its} after them: {@code burst its banks} (not {@code burst onto the scene}). */
    private static final Set<String> BANK_VERBS = Set.of("burst", "broke", "bursts", "breaks", "topped");
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", ")", "!", "?", "\"", "”", "’");
    /**
     * Words before {@code the} and a bare name that show a river: {@code banks of the Ouse}, {@code upstream of the
     * Ouse}; not {@code along the}, which streets ({@code along the Strand}) and markets take as well.
     */
    private static final Set<String> RIVER_BEFORE = Set.of("banks", "bank", "upstream", "downstream");
    /** Words for the land by a water: {@code Gulf Coast}, {@code Bay Area}. */
    private static final Set<String> SHORE_WORDS = Set.of("Coast", "Area", "Shore", "Islands", "Region", "Country");
    /** Generic water words written in lower case after a name: {@code the Guaiba river}. */
    private static final Set<String> WATER_AFTER_LOWER = Set.of("river", "lake", "lagoon", "reservoir");

    /** Plural generic water words after two names: {@code the Sulu and Celebes seas}. */
    private static final Map<String, String> WATER_PLURAL_LOWER = Map.of("seas", "Sea", "rivers", "River", "lakes", "Lake");

    /** Endings of one-word water names: {@code Sognefjorden}. */
    private static final List<String> WATER_ENDINGS = List.of("fjord", "fjorden", "fjörður");

    private WaterNames() {}

    /** {@code Lake Baikal}, {@code Dnipro River}, {@code Gulf of Riga}: water named with a generic word. */
    static Candidate at(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() == Kind.WORD && !Tokens.allCaps(t) && watersEnding(t.text())) {
            return water(text, tokens, i, i);
        }
        if (WATER_BEFORE.contains(t.text()) && i + 1 < tokens.size()) {
            int j = i + 1;
            if (tokens.get(j).is("of") && j + 1 < tokens.size() && Tokens.joinable(text, t, tokens.get(j))) {
                j++;
            } else if (!BARE_BEFORE.contains(t.text())) {
                // "Gulf of Aden", but "Gulf Marine Holdings": English puts only "Lake" before a bare name, except
                // for the land around the water ("Gulf Coast", "Bay Area"), which is a region
                Token land = tokens.get(j);
                return SHORE_WORDS.contains(land.text()) && Tokens.joinable(text, t, land)
                        ? new Candidate(i, j, new Gazetteer.Entry(text.substring(t.begin(), land.end()),
                                text.substring(t.begin(), land.end()), "region", -1, false, false))
                        : null;
            }
            Token name = tokens.get(j);
            if (name.capitalised() && name.kind() == Kind.WORD && Tokens.joinable(text, tokens.get(j - 1), name)
                    && !WATER_AFTER.contains(name.text())) {
                return water(text, tokens, i, j);
            }
        }
        if (t.kind() == Kind.WORD && !FunctionWords.contains(t.text()) && !PlaceWords.FREE_BEFORE.contains(t.text())) {
            // "Great Fish River", "Little Bighorn River": up to three words before the generic word
            for (int j = i + 1; j < tokens.size() && j <= i + 2; j++) {
                Token w = tokens.get(j);
                if (!w.capitalised() || w.kind() != Kind.WORD || !Tokens.joinable(text, tokens.get(j - 1), w)
                        || WATER_AFTER.contains(w.text())) {
                    break;
                }
                if (j + 1 < tokens.size() && WATER_AFTER.contains(tokens.get(j + 1).text())
                        && Tokens.joinable(text, w, tokens.get(j + 1))) {
                    return water(text, tokens, i, j + 1);
                }
            }
        }
        Candidate river = bareRiver(text, tokens, i);
        if (river != null) {
            return river;
        }
        Candidate coordinated = coordinated(text, tokens, i);
        if (coordinated != null) {
            return coordinated;
        }
        if (t.kind() == Kind.WORD && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (WATER_AFTER.contains(next.text()) && !WATER_AFTER.contains(t.text()) && Tokens.joinable(text, t, next)) {
                return water(text, tokens, i, i + 1);
            }
            if (WATER_AFTER_LOWER.contains(next.text()) && Tokens.adjacent(text, t, next) && !Tokens.allCaps(t)
                    && !PlaceWords.FREE_BEFORE.contains(t.text()) && !OrganisationNames.HEADS.contains(t.text())
                    && !Tokens.sentenceStart(text, tokens, i)) {
                // "the Guaiba river": the name alone is the place (the lower-case word is the writer's
                // description), its generic word capitalised in the canonical name
                String canonical = t.text() + " " + Character.toUpperCase(next.text().charAt(0)) + next.text().substring(1);
                return new Candidate(i, i, new Gazetteer.Entry(t.text(), canonical, "water", -1, false, false));
            }
        }
        return null;
    }

    /**
     * {@code the Sulu and Celebes seas}: each of two names joined by {@code and} before a plural generic word is a
     * water of its own, the name alone its span.
     */
    static Candidate coordinated(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Kind.WORD || !t.capitalised() || Tokens.allCaps(t) || FunctionWords.contains(t.text())
                || PlaceWords.FREE_BEFORE.contains(t.text())) {
            return null;
        }
        int plural;
        if (i + 3 < tokens.size() && tokens.get(i + 1).is("and") && tokens.get(i + 2).capitalised()
                && tokens.get(i + 2).kind() == Kind.WORD) {
            plural = i + 3; // the first name
        } else if (i >= 2 && i + 1 < tokens.size() && tokens.get(i - 1).is("and") && tokens.get(i - 2).capitalised()) {
            plural = i + 1; // the second name
        } else {
            return null;
        }
        String generic = WATER_PLURAL_LOWER.get(tokens.get(plural).text());
        if (generic == null || !Tokens.adjacent(text, tokens.get(plural - 1), tokens.get(plural))) {
            return null;
        }
        return new Candidate(i, i, new Gazetteer.Entry(t.text(), t.text() + " " + generic, "water", -1, false, false));
    }

    /**
     * A bare one-word name after {@code the} that its words make a river: {@code the banks of the Ouse},
     * {@code the Ouse burst its banks}; a name that goes on ({@code the banks of the Old Kent Road}) or a
     * lower-case noun after it ({@code the banks of the Ouse path}) is something else.
     */
    private static Candidate bareRiver(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i < 1 || i + 1 >= tokens.size() || !tokens.get(i - 1).text().equalsIgnoreCase("the") || !CuedPlaces.startsName(t)
                || OrganisationNames.HEADS.contains(t.text()) || Countries.isDemonym(t.text())) {
            return null; // "along the Peruvian shore" describes the shore
        }
        Token next = tokens.get(i + 1);
        String before = i >= 2 ? tokens.get(i - 2).text() : "";
        boolean banks = before.equals("of") && i >= 3 && RIVER_BEFORE.contains(tokens.get(i - 3).text());
        // a dash joins the name to another ("the Agege–Oshodi expressway"): only a stop ends the phrase
        boolean ends = PHRASE_ENDS.contains(next.text()) || FunctionWords.contains(next.text()) && !next.capitalised();
        boolean itsBanks = BANK_VERBS.contains(next.text()) && i + 2 < tokens.size() && tokens.get(i + 2).is("its");
        if ((RIVER_BEFORE.contains(before) || banks) && ends || RIVER_VERBS.contains(next.text()) || itsBanks) {
            return water(text, tokens, i, i);
        }
        return null;
    }

    /** A word longer than its water ending that ends with one: a compound such as {@code Oslofjord}. */
    private static boolean watersEnding(String word) {
        for (String ending : WATER_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case generic water word: {@code river} in {@code the Luangwa river}. */
    static boolean lowerGeneric(Token t) {
        return WATER_AFTER_LOWER.contains(t.text());
    }

    private static Candidate water(String text, List<Token> tokens, int first, int last) {
        String name = text.substring(tokens.get(first).begin(), tokens.get(last).end());
        return new Candidate(first, last, new Gazetteer.Entry(name, name, "water", -1, false, false));
    }
}
