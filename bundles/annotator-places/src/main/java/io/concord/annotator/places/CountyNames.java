package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Token;

/**
 * Canonical names of divisions whose English name keeps its head word: {@code Kern County}, {@code Kwara State}.
 * News names them in a list with the plural head ({@code the Kern and Mariposa counties}) or bare once it has
 * named them in full ({@code Baringo County ... Baringo}); both mentions are the county or state of that name.
 */
final class CountyNames {

    /** Heads that belong to a division's English name, with the plural that a list of them ends in. */
    private static final Map<String, String> HEADS = Map.of("counties", "County");
    /** Heads that a found name may carry, so that its bare mentions take the full name. */
    private static final Set<String> NAME_HEADS = Set.of("County", "State");

    private CountyNames() {}

    /**
     * The matches with such canonical names; {@code found} and {@code matches} stand in the same order, and a
     * region's bare mention takes the full name of a division found anywhere in the text.
     */
    static List<Match> named(List<Token> tokens, List<Found> found, List<Match> matches) {
        List<Match> out = new ArrayList<>(matches.size());
        for (int k = 0; k < matches.size(); k++) {
            String head = listHead(tokens, found.get(k));
            Match m = matches.get(k);
            out.add(head == null || !"region".equals(m.kind()) ? m : withCanonical(m, m.canonical() + " " + head));
        }
        Map<String, String> full = new HashMap<>(); // "Baringo" -> "Baringo County"
        for (Match m : out) {
            int space = m.canonical().lastIndexOf(' ');
            if ("region".equals(m.kind()) && space > 0 && NAME_HEADS.contains(m.canonical().substring(space + 1))) {
                full.putIfAbsent(m.canonical().substring(0, space), m.canonical());
            }
        }
        if (full.isEmpty()) {
            return out;
        }
        for (int k = 0; k < out.size(); k++) {
            Match m = out.get(k);
            String name = full.get(m.canonical());
            if (name != null && "region".equals(m.kind())) {
                out.set(k, withCanonical(m, name));
            }
        }
        return out;
    }

    /**
     * The head word of the list that the place belongs to ({@code County} for {@code Kern} in {@code the Kern and
     * Mariposa counties}), or null: names joined by {@code and} or commas up to the plural head.
     */
    private static String listHead(List<Token> tokens, Found f) {
        for (int k = f.last() + 1; k < tokens.size() && k <= f.last() + 8; k++) {
            Token t = tokens.get(k);
            String head = HEADS.get(t.text());
            if (head != null) {
                return head;
            }
            if (!t.is("and") && !t.is(",") && !t.capitalised()) {
                return null;
            }
        }
        return null;
    }

    private static Match withCanonical(Match m, String canonical) {
        return new Match(m.begin(), m.end(), canonical, m.kind(), m.confidence());
    }
}
