package io.concord.annotator.places;

import java.util.Set;

/**
 * Word lists that more than one rule reads: administrative words that make a name a region, and the
 * capitalised words that may stand before a place without making it part of a longer name.
 */
final class PlaceWords {

    /** Administrative words after a name: the name is then the region ({@code Kursk region}, {@code Odesa Oblast}). */
    static final Set<String> ADMIN_AFTER = Set.of("region", "Region", "oblast", "Oblast", "province", "Province",
            "governorate", "Governorate", "krai", "Krai", "state", "State", "district", "District", "county", "County");

    /** Plural administrative words after a list of names: {@code the Samara and Volgograd regions}. */
    static final Set<String> ADMIN_PLURAL = Set.of("regions", "provinces", "oblasts", "states", "governorates",
            "districts", "counties", "prefectures");

    /** Administrative words that name a region with the word before them ({@code Eastern Province}). */
    static final Set<String> ADMIN_NAME_HEADS = Set.of("Province", "Oblast", "Governorate", "Prefecture",
            "Region", "Krai", "County");

    /** Compass words that open the name of a part of a place: {@code Central Java}, {@code North Tarrawong}. */
    static final Set<String> DIRECTIONS = Set.of("Northern", "Southern", "Eastern", "Western", "Central",
            "North", "South", "East", "West", "Upper", "Lower");

    /** Titles of local officers, which a county or district's name may open: {@code Siskiyou County Sheriff}. */
    static final Set<String> LOCAL_OFFICERS = Set.of("Sheriff", "Undersheriff", "Commissioner", "Coroner",
            "Supervisor", "Prosecutor", "Clerk", "Assessor", "Treasurer", "Auditor", "Administrator");

    /** Capitalised words before a place that do not make it part of a longer name. */
    static final Set<String> FREE_BEFORE = Set.of("The", "In", "On", "At", "From", "To", "For", "With", "By",
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

    private PlaceWords() {}
}
