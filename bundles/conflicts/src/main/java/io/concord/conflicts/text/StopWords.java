package io.concord.conflicts.text;

import java.util.Set;

import io.concord.language.FunctionWords;
import io.concord.language.Honorifics;

/**
 * Words that carry the shape of a sentence, not what it is about: English function words, verbs of saying
 * (every report says "said"), honorifics, and the {@code s} and {@code t} left by apostrophes.
 */
public final class StopWords {
    private static final Set<String> SAYING = Set.of("said", "says", "say", "saying", "told");

    private StopWords() {}

    public static boolean contains(String normalizedWord) {
        return FunctionWords.contains(normalizedWord) || SAYING.contains(normalizedWord)
                || Honorifics.isKey(normalizedWord) || normalizedWord.equals("s") || normalizedWord.equals("t");
    }
}
