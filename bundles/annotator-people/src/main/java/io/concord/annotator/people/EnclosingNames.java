package io.concord.annotator.people;

import java.util.List;
import java.util.Set;

import io.concord.annotator.people.Tokens.Token;

/**
 * Whether a candidate name is a part of the name of something else: a road, port, bridge, prize or university
 * named after a person ({@code X Road}, {@code X Port}), an administrative division written with its common
 * noun ({@code X regency}, {@code X district}), or a place whose name opens with a generic word ({@code New X},
 * {@code Port X}) or a point of the compass ({@code North X}), a street name of another language ({@code Jalan X})
 * or a town named with a title ({@code in Prince X}), or a named storm ({@code Storm X}). Such a part names no person, whatever title or honorific stands before the whole name.
 */
final class EnclosingNames {

    /**
     * Capitalised heads of the names of facilities, divisions and prizes that are named after people. Fewer than
     * the organisation heads the judge weighs: these never follow a person's name in running text.
     */
    private static final Set<String> FACILITY_HEADS = Set.of("Road", "Street", "Avenue", "Boulevard", "Highway",
            "Expressway", "Bridge", "Tunnel", "Port", "Harbour", "Harbor", "Pier", "Terminal", "Airport", "Station",
            "Stadium", "Arena", "University", "College", "Polytechnic", "Prize", "Award", "Medal", "Trophy",
            "Hospital", "Museum", "Library", "Mosque", "Cathedral", "Dam", "Canal", "Reservoir", "Regency",
            "District", "Subdistrict", "Province", "Prefecture", "Municipality", "Square", "County", "River", "Bay",
            // heads of town and suburb names ("X Town", "X Heights"), which news never writes after a surname
            "Town", "Township", "Terrace", "Heights", "Village", "Creek", "Springs", "Junction");

    /** Capitalised words that stand between a person's name and the facility named after them. */
    private static final Set<String> FACILITY_MODIFIERS = Set.of("International", "Memorial", "National", "Regional",
            "Municipal", "General", "Teaching", "Grand", "Medical", "Children's", "Children’s");

    /** Points of the compass: a name that opens with one is a region ({@code North Kordofan}, {@code West Java}). */
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central");

    /** Common nouns of administrative divisions written lower case after a division's name: {@code X regency}. */
    private static final Set<String> DIVISION_NOUNS = Set.of("regency", "district", "subdistrict", "sub-district",
            "province", "prefecture", "municipality", "township", "county", "commune", "oblast", "raion",
            "governorate", "barangay");

    /**
     * Capitalised nouns of divisions and states written before {@code of} and the name ({@code Shire of X},
     * {@code City of X}, {@code Kingdom of X}).
     */
    private static final Set<String> DIVISIONS_OF = Set.of("Shire", "City", "County", "Municipality", "Town",
            "District", "Borough", "Province", "Regency", "Prefecture", "Township", "Parish", "Kingdom",
            "Principality", "Duchy", "Republic", "Emirate", "Sultanate");

    /** Generic words that open place names ({@code New X}, {@code North X}, {@code Port X}, {@code Lake X}). */
    private static final Set<String> PLACE_OPENERS = Set.of("New", "North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Upper", "Lower", "Greater", "Port", "Fort", "Mount", "Lake", "Cape",
            "San", "Santa", "Santo", "São", "Ste.", "Ste", "Sainte");

    /** Words of other languages that open street names ({@code Jalan X}, {@code Rue X}, {@code Avenida X}). */
    private static final Set<String> STREET_OPENERS = Set.of("Jalan", "Jln", "Lorong", "Rue", "Avenida", "Rua",
            "Calle", "Carrera", "Ulica", "Ulitsa", "Soi", "Thanon", "Via", "Viale", "Corso", "Strada", "Straße");

    /** Words before the name of a storm ({@code Storm X}, {@code Hurricane X}, {@code Tropical Storm X}). */
    private static final Set<String> STORMS = Set.of("Storm", "Hurricane", "Typhoon", "Cyclone");

    /** Prepositions of place: a title right after one opens a town's name ({@code in Prince George}). */
    private static final Set<String> LOCATIVES = Set.of("in", "In", "near", "outside", "across", "throughout");

    private EnclosingNames() {}

    /** Whether the candidate, outside a title-case headline, stands inside a longer name of a non-person. */
    static boolean encloses(String text, List<Token> tokens, Candidate c) {
        if (c.headline) {
            return false; // in a title-case headline the next capitalised word may be any noun
        }
        return facilityAfter(text, tokens, c.last) || divisionNounAfter(text, tokens, c.last)
                || placeOpenerBefore(text, tokens, c.first) || facilityLast(tokens, c) || compassFirst(tokens, c)
                || streetName(text, tokens, c) || titledTown(text, tokens, c) || divisionOf(tokens, c.first)
                || namedStorm(text, tokens, c);
    }

    /** {@code Storm X}, {@code Hurricane X}: weather services name storms with given names. */
    private static boolean namedStorm(String text, List<Token> tokens, Candidate c) {
        return c.last > c.first && STORMS.contains(tokens.get(c.first).text())
                || c.first > 0 && STORMS.contains(tokens.get(c.first - 1).text())
                && Tokens.adjacent(text, tokens.get(c.first - 1), tokens.get(c.first));
    }

    /** {@code the Shire of X}, {@code the City of X}: the name of a division after its capitalised noun. */
    private static boolean divisionOf(List<Token> tokens, int first) {
        return first >= 2 && tokens.get(first - 1).is("of") && DIVISIONS_OF.contains(tokens.get(first - 2).text());
    }

    /** {@code Jalan Bukit X}, {@code on Rue X}: a street name of another language, from its opening word on. */
    private static boolean streetName(String text, List<Token> tokens, Candidate c) {
        return STREET_OPENERS.contains(tokens.get(c.first).text())
                || c.first > 0 && STREET_OPENERS.contains(tokens.get(c.first - 1).text())
                && Tokens.adjacent(text, tokens.get(c.first - 1), tokens.get(c.first));
    }

    /**
     * {@code in Prince George}, {@code in General Roca}: a title between a preposition of place and the name
     * makes a town's name; a person there takes a possessive ({@code in President X's speech}).
     */
    private static boolean titledTown(String text, List<Token> tokens, Candidate c) {
        if (c.first < 2 || !LOCATIVES.contains(tokens.get(c.first - 2).text())) {
            return false;
        }
        Token title = tokens.get(c.first - 1);
        boolean possessive = c.last + 1 < tokens.size() && (tokens.get(c.last + 1).text().startsWith("’")
                || tokens.get(c.last + 1).text().startsWith("'"));
        return (Roles.isRoleWord(title) || FormsOfAddress.is(title.text())) && title.capitalised()
                && Tokens.adjacent(text, title, tokens.get(c.first)) && !possessive;
    }

    /** {@code Hussein Street}: a facility's head taken into the candidate after a given name. */
    private static boolean facilityLast(List<Token> tokens, Candidate c) {
        return c.last > c.first && FACILITY_HEADS.contains(tokens.get(c.last).text());
    }

    /** {@code North Sumbawa}, {@code River Nile}: a compass point or a place's generic word opens a place name. */
    private static boolean compassFirst(List<Token> tokens, Candidate c) {
        String first = tokens.get(c.first).text();
        return c.last > c.first && (COMPASS.contains(first) || PLACE_OPENERS.contains(first) || "River".equals(first));
    }

    /** {@code X Road}, {@code X Port}, {@code X Prize}: the name of a facility or prize goes on after the name. */
    private static boolean facilityAfter(String text, List<Token> tokens, int last) {
        int k = last + 1;
        Token end = tokens.get(last);
        // "Queen Mary's Hospital", "St Thomas' Hospital": the name may take a possessive before the facility
        if (k + 1 < tokens.size() && (Roles.possessive(tokens.get(k)) || tokens.get(k).is("'") || tokens.get(k).is("’"))
                && tokens.get(k).begin() == end.end()) {
            Token mark = tokens.get(k);
            end = new Token(end.begin(), mark.end(), end.kind(), text.substring(end.begin(), mark.end()), end.sentenceStart());
            k++;
        }
        // "X International Airport", "X Memorial Hospital": one modifier may stand before the head
        if (k + 1 < tokens.size() && FACILITY_MODIFIERS.contains(tokens.get(k).text())
                && Tokens.adjacent(text, end, tokens.get(k))) {
            end = tokens.get(k);
            k++;
        }
        return k < tokens.size() && FACILITY_HEADS.contains(tokens.get(k).text())
                && Tokens.adjacent(text, end, tokens.get(k));
    }

    /**
     * {@code X regency}, {@code X district}, also before a title ({@code X district chief}): the common noun
     * of a division follows the division's name, never a person's.
     */
    private static boolean divisionNounAfter(String text, List<Token> tokens, int last) {
        return last + 1 < tokens.size() && DIVISION_NOUNS.contains(tokens.get(last + 1).text())
                && Tokens.adjacent(text, tokens.get(last), tokens.get(last + 1));
    }

    /** {@code New X}, {@code Port X}: the name is the rest of a place name. */
    private static boolean placeOpenerBefore(String text, List<Token> tokens, int first) {
        return first > 0 && PLACE_OPENERS.contains(tokens.get(first - 1).text())
                && Tokens.adjacent(text, tokens.get(first - 1), tokens.get(first));
    }
}
