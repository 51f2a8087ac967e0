package io.concord.api.text;

import java.util.List;
import java.util.Set;

/**
 * The lines written in title case (headlines, section heads), where capitalisation says nothing about
 * names: there an everyday word is a name only when the document confirms it elsewhere. A line is in
 * title case when it has at least three words of four letters or more and none of them is in lower case,
 * but for the short function words that headlines leave small ({@code with}, {@code from}, ...). A
 * hyphenated word counts once ({@code Kremlin-backed}).
 */
public final class TitleCaseLines {
    /** Function words of four letters or more that title-case headlines leave in lower case. */
    private static final Set<String> LEFT_SMALL = Set.of("with", "from", "into", "over", "upon", "onto",
            "than", "that", "amid", "about", "after", "near", "under", "this");
    private static final int MIN_LONG_WORDS = 3;

    private TitleCaseLines() {}

    /** For each word of the segmentation, whether its line is in title case. */
    public static boolean[] of(Segmentation segmentation) {
        return segmentation.titleCaseWords().clone();
    }

    /**
     * For each of an annotator's own tokens, given by their begin offsets, whether its line is in title case: the
     * same answer as {@link #of} for the segmentation's word that holds the offset. Offsets in ascending order are
     * read in one pass.
     *
     * @since 1.6
     */
    public static boolean[] atOffsets(Segmentation segmentation, int[] begins) {
        boolean[] byWord = segmentation.titleCaseWords();
        List<Word> words = segmentation.words();
        boolean[] out = new boolean[begins.length];
        int w = 0;
        for (int i = 0; i < begins.length; i++) {
            if (i > 0 && begins[i] < begins[i - 1]) {
                w = segmentation.wordAt(begins[i]); // out of order: look it up
            }
            while (w < words.size() && words.get(w).end() <= begins[i]) {
                w++;
            }
            out[i] = w < byWord.length && byWord[w];
        }
        return out;
    }

    /** What {@link Segmentation#titleCaseWords} holds, worked out once per segmentation. */
    static boolean[] read(Segmentation segmentation) {
        String text = segmentation.text();
        List<Word> words = segmentation.words();
        boolean[] out = new boolean[words.size()];
        int w = 0;
        while (w < words.size()) {
            int lineEnd = text.indexOf('\n', words.get(w).begin());
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int u = w;
            int longWords = 0;
            boolean lowerCase = false;
            while (u < words.size() && words.get(u).begin() < lineEnd) {
                Word word = words.get(u);
                if (word.isWord() && word.length() >= 4 && !continuesHyphenatedWord(words, u)) {
                    longWords++;
                    lowerCase |= !word.capitalised() && !LEFT_SMALL.contains(word.text());
                }
                u++;
            }
            boolean titleCase = longWords >= MIN_LONG_WORDS && !lowerCase;
            for (int k = w; k < u; k++) {
                out[k] = titleCase;
            }
            w = u;
        }
        return out;
    }

    /** The part after the hyphen of {@code Kremlin-backed}: glued to a hyphen glued to a word. */
    private static boolean continuesHyphenatedWord(List<Word> words, int u) {
        if (u < 2) {
            return false;
        }
        Word hyphen = words.get(u - 1);
        return hyphen.end() == words.get(u).begin() && (hyphen.is("-") || hyphen.is("‑"))
                && words.get(u - 2).end() == hyphen.begin() && words.get(u - 2).isWord();
    }
}
