package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Token;

/**
 * Organisation names that contain a place name ({@code Bank of England}, {@code Kyiv Post}): their head
 * words, and the checks for a head after a place or before the {@code of} that leads to one.
 */
final class OrganisationNames {

    /** Heads of organisation names: {@code Bank of England}, {@code University of Miami}, {@code Kyiv Post}. */
    static final Set<String> HEADS = Set.of("Bank", "University", "Institute", "School", "College",
            "Academy", "Museum", "Ministry", "Department", "Church", "Council", "Court", "Society", "Association",
            "Federation", "League", "Party", "Parliament", "Assembly", "Agency", "Office", "Commission", "Committee",
            "Board", "Foundation", "Fund", "Centre", "Center", "Corporation", "Company", "Club", "Times", "Post", "News",
            "Journal", "Herald", "Tribune", "Press", "Airlines", "Airways", "Railways", "Group", "Authority", "Service",
            "Network", "Hospital", "Embassy", "Independent", "Review", "Gazette", "Daily", "Telegraph", "Guardian",
            "Observer", "Study", "Studies", "Forum", "Orchestra", "Stadium", "Airport", "Station", "Street", "Square",
            "Avenue", "Road", "Bridge", "Palace", "Hall", "Tower", "Accord", "Accords", "Agreement", "Treaty",
            "Convention", "Declaration", "Protocol", "Summit", "Conference", "Format", "Process", "Initiative",
            // bodies named for what they do for a place: "Transport for London", "National Trust for Scotland"
            "Transport", "Trust", "Alliance", "Campaign", "Coalition",
            // company names: "Gulf Marine Holdings", "Lakeland Petroleum Ltd"
            "Holdings", "Partners", "Inc", "Ltd", "Plc", "PLC", "LLC", "Corp", "Petroleum", "Industries",
            "Enterprises", "Ventures", "Investments", "Bancorp", "Motors", "Shipping", "Logistics", "Telecom");

    private OrganisationNames() {}

    /** The capitalised words from {@code i} on (up to four) include an organisation head. */
    static boolean follows(String text, List<Token> tokens, int i) {
        for (int j = i; j < tokens.size() && j < i + 4; j++) {
            Token t = tokens.get(j);
            if (!t.capitalised() || (j > i && !Tokens.adjacent(text, tokens.get(j - 1), t))) {
                return false;
            }
            if (HEADS.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** {@code Bank of England}, {@code Institute for the Study of War}: an organisation head before "of"/"for". */
    static boolean inside(List<Token> tokens, int first) {
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
            if (HEADS.contains(t.text())) {
                return true;
            }
        }
        return false;
    }
}
