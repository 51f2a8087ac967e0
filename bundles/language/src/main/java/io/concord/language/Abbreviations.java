package io.concord.language;

import java.util.Set;

/**
 * Words written with a full stop that does not end a sentence. The segmenter keeps the stop with the word
 * ({@code Mr.}) and does not end a sentence after it when a name or number follows.
 */
public final class Abbreviations {
    private static final Set<String> BEFORE_NAME = WordList.set("abbreviations-before-name.txt");
    private static final Set<String> BEFORE_NUMBER = WordList.set("abbreviations-before-number.txt");
    private static final Set<String> OTHER = WordList.set("abbreviations-other.txt");

    private Abbreviations() {}

    /**
     * Whether {@code word} (without its stop) is written with a full stop: a title or rank before a name
     * ({@code Mr}, {@code Gen}), a word before a number ({@code No}, {@code Dec}) or another ({@code Inc}).
     */
    public static boolean isAbbreviation(String word) {
        return BEFORE_NAME.contains(word) || BEFORE_NUMBER.contains(word) || OTHER.contains(word);
    }

    /** A title or rank abbreviated before a name: {@code Mr}, {@code Dr}, {@code Gen}, {@code Sen}. */
    public static boolean isTitle(String word) {
        return BEFORE_NAME.contains(word);
    }

    /** An abbreviation that stands before a number: {@code No}, {@code Dec}, {@code p}. */
    public static boolean isBeforeNumber(String word) {
        return BEFORE_NUMBER.contains(word);
    }

    /** The titles abbreviated before a name, without their stop. */
    public static Set<String> titles() {
        return BEFORE_NAME;
    }
}
