package io.concord.annotator.people;

import java.util.Set;

/**
 * Words that make a capitalised name that of an organisation or facility, not a person: heads after it
 * ({@code Carnegie Endowment}, {@code Kennedy Center}) and last words of company and agency names
 * ({@code Kenya Airways}, {@code Metro Fire}).
 */
final class FirmWords {

    /** Heads of organisation and facility names: a name right before one is part of that name. */
    static final Set<String> HEADS = Set.of("Foundation", "Institute", "University", "College",
            "School", "Center", "Centre", "Museum", "Group", "Company", "Corporation", "Inc", "Ltd", "Fund", "Trust",
            "Prize", "Award", "Airport", "Stadium", "Street", "Square", "Avenue", "Bridge", "Hospital", "Library",
            "Doctrine", "Plan", "Administration", "Bank", "Report", "Act", "Law", "Line", "Camp", "Palace", "Hall",
            "Tower", "Park", "Island", "Islands", "Prospekt", "Boulevard", "Road", "Station", "Cathedral", "Church");
    /**
     * Last words of company, carrier and agency names ({@code Kenya Airways}, {@code Metro Fire}): a name that ends
     * in one is no person, whatever its first word is.
     */
    static final Set<String> ENDINGS = Set.of("Airlines", "Airways", "Air", "Group", "Holdings",
            "Analytics", "Logistics", "Ferries", "Railways", "Railway", "Motors", "Telecom", "Pharmaceuticals",
            "Partners", "Insurance", "Media", "Mining", "Resources", "Petroleum", "Technologies", "Systems", "Fire",
            "Rescue", "Police", "Energy", "Capital", "Ventures", "Bancorp", "Solutions", "Industries", "Airport",
            "Stadium", "Station", "Hospital", "University", "Foundation", "Institute", "Museum", "Library", "Prize",
            "Company", "Corporation");

    private FirmWords() {}

    /** The last word of a company, carrier or agency name: {@code Airways}, {@code Group}. */
    static boolean ending(String word) {
        return ENDINGS.contains(word);
    }
}
