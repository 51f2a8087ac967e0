package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.Countries;

/**
 * A town the gazetteer lacks, placed inside a found province: {@code at Kapikoy in Van province},
 * {@code at Korczowa, in the Podkarpackie province}. The division noun after the province rules out a firm or a
 * building in a city ({@code at Kestrelsoft in Cork}).
 */
final class NestedTowns {

    /** Prepositions of place before the town. */
    private static final Set<String> LOCATIVES = Set.of("at", "in", "near", "from", "At", "In", "Near", "From");
    /** Lower-case division nouns after the province. */
    private static final Set<String> DIVISIONS = Set.of("province", "county", "region", "district", "state",
            "oblast", "governorate", "prefecture", "regency");

    private final Gazetteer gazetteer;

    NestedTowns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The unknown towns right before a found region that a division noun follows. */
    List<Found> inside(String text, List<Token> tokens, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (!"region".equals(f.match().kind()) || f.last() + 1 >= tokens.size()
                    || !DIVISIONS.contains(tokens.get(f.last() + 1).text())) {
                continue;
            }
            int k = f.first() - 1;
            if (k >= 0 && tokens.get(k).is("the")) {
                k--;
            }
            if (k < 0 || !tokens.get(k).is("in")) {
                continue;
            }
            k--;
            if (k >= 0 && tokens.get(k).is(",")) {
                k--;
            }
            if (k >= 1 && unknownTown(tokens, k, found) && LOCATIVES.contains(tokens.get(k - 1).text())) {
                Token t = tokens.get(k);
                Gazetteer.Entry e = new Gazetteer.Entry(t.text(), t.text(), "city", 1, false, false);
                out.add(new Found(new Match(t.begin(), t.end(), t.text(), "city", 0.6), e, k, k));
            }
        }
        return out;
    }

    /** A single capitalised word no rule took and the gazetteer lacks. */
    private boolean unknownTown(List<Token> tokens, int k, List<Found> found) {
        Token t = tokens.get(k);
        if (!CuedPlaces.startsName(t) || t.text().length() < 3 || Countries.isDemonym(t.text())
                || gazetteer.lookupAnyCase(t.text()) != null || tokens.get(k - 1).capitalised()) {
            return false;
        }
        return found.stream().noneMatch(f -> f.first() <= k && f.last() >= k);
    }
}
