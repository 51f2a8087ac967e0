package io.concord.annotator.people;

import java.util.Set;

import io.concord.language.Honorifics;

/**
 * Words of address written before a name and never part of it: the shared list of the language bundle
 * ({@code Mr}, {@code Dr.}, {@code Sheikh}, {@code Herr}, {@code Sen.}, and forms of other languages that news
 * quotes untranslated, {@code Ibu}, {@code Señora}, {@code Mme}) without the name suffixes that list counts
 * among abbreviated titles. The span of a name after one is the name alone.
 */
final class FormsOfAddress {
    /** Name suffixes that the language list counts among abbreviated titles; after a name, not before it. */
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Sr.", "Jr", "Sr");

    private FormsOfAddress() {}

    /** Whether {@code word}, as written, addresses the person whose name follows. */
    static boolean is(String word) {
        return !SUFFIXES.contains(word) && Honorifics.is(word);
    }
}
