package io.concord.language;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Honorifics and forms of address before a name ({@code Mr}, {@code Dr.}, {@code Sheikh}), and ranks and
 * offices abbreviated with a full stop ({@code Sen.}, {@code Gen.}): words that are never part of the name.
 */
public final class Honorifics {
    private static final Set<String> WORDS = WordList.set("honorifics.txt");
    private static final Set<String> KEYS = keys();

    private Honorifics() {}

    /** Whether {@code word}, as written, is an honorific: {@code Mr}, {@code Mr.}, {@code Sen.} (not {@code Sen}). */
    public static boolean is(String word) {
        if (word.endsWith(".")) {
            String bare = word.substring(0, word.length() - 1);
            return WORDS.contains(bare) || Abbreviations.isTitle(bare);
        }
        return WORDS.contains(word);
    }

    /** Whether a lower-case word without its full stop ({@code mr}, {@code sen}) is an honorific or abbreviated title. */
    public static boolean isKey(String lower) {
        return KEYS.contains(lower);
    }

    private static Set<String> keys() {
        Set<String> out = new HashSet<>();
        WORDS.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        Abbreviations.titles().forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
