package io.concord.language;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns that news puts before the name of a place: the people who live there ({@code residents of X},
 * {@code villagers from X}). A name after them is a town's, never a person's.
 */
public final class PlaceNouns {
    private static final Set<String> RESIDENTS = WordList.set("residents.txt");

    private PlaceNouns() {}

    /** Whether {@code word}, in any case, names the people who live in a place. */
    public static boolean residents(String word) {
        return RESIDENTS.contains(word.toLowerCase(Locale.ROOT));
    }
}
