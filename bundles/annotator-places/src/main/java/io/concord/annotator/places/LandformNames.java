package io.concord.annotator.places;

import java.util.List;
import java.util.Map;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.Countries;
import io.concord.language.FunctionWords;

/**
 * Land named with a generic word, listed in the gazetteer or not: {@code Hunter Valley}, {@code Kangaroo Island},
 * {@code Mojave Desert}, {@code Mount Rainier}. Valleys, islands and peninsulas are regions; mountains, hills,
 * deserts and other features are of kind {@code other}.
 */
final class LandformNames {

    /** Generic words after a name, with the kind of place they make. */
    private static final Map<String, String> AFTER = Map.ofEntries(Map.entry("Valley", "region"),
            Map.entry("Peninsula", "region"), Map.entry("Island", "region"), Map.entry("Islands", "region"),
            Map.entry("Highlands", "region"), Map.entry("Delta", "region"), Map.entry("Plateau", "other"),
            Map.entry("Moor", "other"), Map.entry("Mountains", "other"), Map.entry("Hills", "other"),
            Map.entry("Range", "other"), Map.entry("Desert", "other"), Map.entry("Glacier", "other"),
            Map.entry("Volcano", "other"), Map.entry("Canyon", "other"), Map.entry("Gorge", "other"),
            Map.entry("Archipelago", "region"), Map.entry("Atoll", "region"), Map.entry("Ridge", "other"),
            Map.entry("Forest", "region"), Map.entry("Basin", "region"));
    /** Generic words before a name: {@code Mount Kenya}. */
    private static final Map<String, String> BEFORE = Map.of("Mount", "other", "Mt", "other", "Cape", "other");
    /** Generic words in lower case after {@code the} and a name: {@code the Swat valley} (the name alone is the place). */
    private static final Map<String, String> AFTER_LOWER = Map.ofEntries(Map.entry("valley", "region"),
            Map.entry("peninsula", "region"), Map.entry("delta", "region"), Map.entry("desert", "other"),
            Map.entry("plateau", "other"), Map.entry("glacier", "other"), Map.entry("island", "region"),
            Map.entry("islands", "region"), Map.entry("archipelago", "region"), Map.entry("ridge", "other"),
            Map.entry("basin", "region"), Map.entry("hills", "other"), Map.entry("mountains", "other"),
            Map.entry("foothills", "other"), Map.entry("forest", "region"),
            Map.entry("highlands", "region"), Map.entry("lowlands", "region"));
    /** Words of the name before the generic word, at most: {@code San Fernando Valley}. */
    private static final int MAX_NAME_WORDS = 3;

    private LandformNames() {}

    /** The landform named from token {@code i}, or null. */
    static Candidate at(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!nameWord(t)) {
            return null;
        }
        String before = BEFORE.get(t.text());
        if (before != null) {
            int j = i + 1;
            if (j < tokens.size() && tokens.get(j).is(".") && tokens.get(j).begin() == t.end()) {
                j++; // "Mt. Hood"
            }
            if (j < tokens.size() && nameWord(tokens.get(j)) && Tokens.joinable(text, tokens.get(j - 1), tokens.get(j))
                    && AFTER.get(tokens.get(j).text()) == null) {
                return landform(text, tokens, i, j, before);
            }
            return null;
        }
        if (FunctionWords.contains(t.text()) || PlaceWords.FREE_BEFORE.contains(t.text()) || AFTER.containsKey(t.text())) {
            return null;
        }
        if (i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("the") && !OrganisationNames.HEADS.contains(t.text())
                && !Countries.isDemonym(t.text())) { // "The Swat valley flooded" opens its sentence
            // not "the Greek island of X": a country's adjective describes the island named after it
            // "the Raja Ampat archipelago": the capitalised words before the lower-case generic word
            for (int j = i; j < tokens.size() - 1 && j < i + MAX_NAME_WORDS; j++) {
                Token next = tokens.get(j + 1);
                if (!Tokens.adjacent(text, tokens.get(j), next)) {
                    break;
                }
                String kind = AFTER_LOWER.get(next.text());
                if (kind != null) {
                    return landform(text, tokens, i, j, kind);
                }
                if (!nameWord(next)) {
                    break;
                }
            }
        }
        for (int j = i + 1; j < tokens.size() && j <= i + MAX_NAME_WORDS; j++) {
            Token next = tokens.get(j);
            if (!Tokens.joinable(text, tokens.get(j - 1), next) || !nameWord(next)) {
                return null;
            }
            String kind = AFTER.get(next.text());
            if (kind != null) {
                return landform(text, tokens, i, j, kind);
            }
        }
        return null;
    }

    /**
     * A forest named after a town the gazetteer lists ({@code Nottingham Forest}): more often the town's club
     * than woodland, so the town's own reading stands.
     */
    static boolean forestAfterTown(List<Token> tokens, Candidate land, Candidate town) {
        return town != null && "city".equals(town.entry().kind()) && town.first() == land.first()
                && tokens.get(land.last()).is("Forest");
    }

    /** A lower-case generic land word: {@code valley} in {@code the Hunza valley}. */
    static boolean lowerGeneric(Token t) {
        return AFTER_LOWER.containsKey(t.text());
    }

    private static boolean nameWord(Token t) {
        return t.kind() == Kind.WORD && t.capitalised() && !Tokens.allCaps(t);
    }

    private static Candidate landform(String text, List<Token> tokens, int first, int last, String kind) {
        String name = text.substring(tokens.get(first).begin(), tokens.get(last).end());
        return new Candidate(first, last, new Gazetteer.Entry(name, name, kind, -1, false, false));
    }
}
