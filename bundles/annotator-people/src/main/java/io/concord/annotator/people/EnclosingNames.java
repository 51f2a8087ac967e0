package io.concord.annotator.people;

import java.util.List;
import java.util.Set;

import io.concord.annotator.people.Tokens.Token;

/**
 * Whether a candidate name is a part of the name of something else: a road, port, bridge, prize or university
 * named after a person ({@code X Road}, {@code X Port}), an administrative division written with its common
 * noun ({@code X regency}, {@code X district}), or a place whose name opens with a generic word ({@code New X},
 * {@code Port X}). Such a part names no person, whatever title or honorific stands before the whole name.
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
            "District", "Subdistrict", "Province", "Prefecture", "Municipality", "Square");

    /** Common nouns of administrative divisions written lower case after a division's name: {@code X regency}. */
    private static final Set<String> DIVISION_NOUNS = Set.of("regency", "district", "subdistrict", "sub-district",
            "province", "prefecture", "municipality", "township", "county", "commune", "oblast", "raion",
            "governorate", "barangay");

    /** Generic words that open place names ({@code New X}, {@code North X}, {@code Port X}, {@code Lake X}). */
    private static final Set<String> PLACE_OPENERS = Set.of("New", "North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Upper", "Lower", "Greater", "Port", "Fort", "Mount", "Lake", "Cape");

    private EnclosingNames() {}

    /** Whether the candidate, outside a title-case headline, stands inside a longer name of a non-person. */
    static boolean encloses(String text, List<Token> tokens, Candidate c) {
        if (c.headline) {
            return false; // in a title-case headline the next capitalised word may be any noun
        }
        return facilityAfter(text, tokens, c.last) || divisionNounAfter(text, tokens, c.last)
                || placeOpenerBefore(text, tokens, c.first);
    }

    /** {@code X Road}, {@code X Port}, {@code X Prize}: the name of a facility or prize goes on after the name. */
    private static boolean facilityAfter(String text, List<Token> tokens, int last) {
        return last + 1 < tokens.size() && FACILITY_HEADS.contains(tokens.get(last + 1).text())
                && Tokens.adjacent(text, tokens.get(last), tokens.get(last + 1));
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
