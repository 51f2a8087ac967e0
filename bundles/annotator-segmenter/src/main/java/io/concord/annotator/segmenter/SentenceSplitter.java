package io.concord.annotator.segmenter;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.concord.api.text.Word;
import io.concord.language.Abbreviations;
import io.concord.language.FunctionWords;

/**
 * Sentences from ICU's Unicode sentence break iterator (UAX #29 with the CLDR English abbreviation
 * suppressions), which also ends a sentence at every hard line break, so a headline, a byline or a caption
 * stands alone. ICU's breaks are then mended where news differs: no break after a title before a name
 * ({@code Gen. Lee}), after {@code No.} or a month before a number, after an initial or a dotted acronym
 * before a name ({@code the U.S. Treasury}), or inside a token. Not thread-safe: one per engine.
 */
final class SentenceSplitter {
    private final BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    /**
     * Sentence spans {@code [begin, end)}, trimmed of white space, in order.
     *
     * @param breakable the text with soft line breaks (wrapped lines) turned into spaces, same length
     * @param words the document's tokens, in order
     */
    List<int[]> split(String text, String breakable, List<Word> words) {
        List<int[]> raw = new ArrayList<>();
        sentences.setText(breakable);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int[] span = Blocks.trimmed(text, start, end);
            if (span[0] < span[1]) {
                raw.add(span);
            }
        }
        return mend(text, raw, words);
    }

    private static List<int[]> mend(String text, List<int[]> raw, List<Word> words) {
        List<int[]> out = new ArrayList<>(raw.size());
        int w = 0;
        for (int[] s : raw) {
            if (out.isEmpty()) {
                out.add(s);
                continue;
            }
            int[] last = out.get(out.size() - 1);
            // the last token that starts in the previous sentence, and the first of this one
            while (w < words.size() && words.get(w).begin() < s[0]) {
                w++;
            }
            Word before = w > 0 ? words.get(w - 1) : null;
            Word after = w < words.size() ? words.get(w) : null;
            boolean crossed = before != null && before.end() > s[0];
            if (crossed || before != null && after != null && !lineBreakBetween(text, last[1], s[0])
                    && continues(before, after)) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether the sentence ending in {@code before} goes on with {@code after} despite ICU's break. */
    static boolean continues(Word before, Word after) {
        if (!before.isAbbreviation()) {
            return false;
        }
        String bare = before.bare();
        if (after.isNumber()) {
            return Abbreviations.isBeforeNumber(bare) || Abbreviations.isTitle(bare);
        }
        if (!after.capitalised()) {
            return after.isWord();
        }
        if (FunctionWords.contains(after.text())) {
            return false;
        }
        return Abbreviations.isTitle(bare)
                || bare.length() == 1 // an initial: John F. Kennedy
                || before.acronym(); // the U.S. Treasury
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }
}
