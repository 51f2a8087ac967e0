package io.concord.language;

import java.util.Locale;
import java.util.Set;

/**
 * English closed-class words: determiners, pronouns, prepositions, conjunctions, auxiliaries and a few
 * sentence adverbs. Capitalised, such a word usually starts a sentence; it is never part of a name.
 */
public final class FunctionWords {
    private static final Set<String> WORDS = WordList.set("function-words.txt");

    private FunctionWords() {}

    /** Whether {@code word}, in any case, is a function word. */
    public static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
