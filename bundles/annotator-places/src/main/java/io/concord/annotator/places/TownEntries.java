package io.concord.annotator.places;

import java.util.Locale;
import java.util.Set;

/**
 * The gazetteer entry of a town that the context (a dateline, an apposition, a state after a comma) shows to be
 * one: the small-town entry when the gazetteer holds the name below its cut-off, else a new entry. A name written
 * in capitals ({@code KIRKBY LONSDALE} in a dateline) gets its canonical name in ordinary case, since the capitals
 * are the dateline's style, not the name's.
 */
final class TownEntries {

    /** Lower-case words inside place names written in ordinary case: {@code Stratford-upon-Avon}. */
    private static final Set<String> CONNECTORS = Set.of("on", "upon", "under", "sur", "le", "la", "les", "en",
            "de", "del", "du", "des", "do", "da", "dos", "das", "los", "las", "el", "am", "an", "im", "in", "by",
            "the", "of", "and", "y", "di");

    private TownEntries() {}

    /** The town written {@code name} in the country {@code country} (an ISO code, or empty). */
    static Gazetteer.Entry town(Gazetteer gazetteer, String name, String country) {
        boolean caps = name.equals(name.toUpperCase(Locale.ROOT));
        String ordinary = caps ? ordinaryCase(name) : name;
        Gazetteer.Entry small = gazetteer.lookupSmall(ordinary);
        if (small != null && "city".equals(small.kind())
                && (country.isEmpty() || small.country().isEmpty() || small.country().equals(country))) {
            return new Gazetteer.Entry(name, small.canonical(), "city", small.population(), false, false,
                    small.country().isEmpty() ? country : small.country());
        }
        // unlisted, or a namesake in another country: the town of the area the context names
        return new Gazetteer.Entry(name, ordinary, "city", 1, false, false, country);
    }

    /** {@code SAINT-JEAN-DE-LUZ} as {@code Saint-Jean-de-Luz}: each word capitalised, connectors in lower case. */
    static String ordinaryCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            int j = i;
            while (j < name.length() && Character.isLetter(name.charAt(j))) {
                j++;
            }
            if (j == i) {
                out.append(name.charAt(i++));
                continue;
            }
            String word = name.substring(i, j).toLowerCase(Locale.ROOT);
            boolean inner = i > 0;
            if (inner && CONNECTORS.contains(word)) {
                out.append(word);
            } else if (i > 0 && (name.charAt(i - 1) == '\'' || name.charAt(i - 1) == '’') && word.length() == 1) {
                out.append(word); // the possessive or elided letter: "KING'S" is "King's"
            } else {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
            i = j;
        }
        return out.toString();
    }
}
