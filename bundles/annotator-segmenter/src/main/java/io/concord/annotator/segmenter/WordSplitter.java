package io.concord.annotator.segmenter;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.concord.api.text.Word;
import io.concord.language.Abbreviations;

/**
 * Tokens from ICU's Unicode word break iterator (UAX #29), with the full stop of an abbreviation kept
 * ({@code U.S.}, {@code a.m.}, {@code Mr.}, an initial {@code J.}) and a possessive {@code ’s} split off
 * ({@code Ruiz’s} gives {@code Ruiz} and {@code ’s}). Contractions stay whole ({@code won’t}); a hyphen is
 * a token of its own ({@code Kremlin - backed}), so a reader that wants hyphenated words joins tokens
 * with no space between.
 * Not thread-safe: one per engine.
 */
final class WordSplitter {
    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ENGLISH);

    List<Word> split(String text) {
        List<int[]> raw = rawSegments(text);
        List<Word> out = new ArrayList<>(raw.size());
        int n = raw.size();
        for (int i = 0; i < n; i++) {
            int begin = raw.get(i)[0];
            int end = raw.get(i)[1];
            if (letterAt(text, begin)) {
                // abbreviation: the full stop right after belongs to it
                if (i + 1 < n && raw.get(i + 1)[0] == end && text.charAt(end) == '.' && raw.get(i + 1)[1] == end + 1
                        && takesStop(text, begin, end)) {
                    end++;
                    i++;
                }
                int apostrophe = possessiveAt(text, begin, end);
                if (apostrophe > 0) {
                    out.add(word(text, begin, apostrophe));
                    out.add(word(text, apostrophe, end));
                    continue;
                }
            }
            out.add(word(text, begin, end));
        }
        return out;
    }

    /** ICU's segments without the white space between them. */
    private List<int[]> rawSegments(String text) {
        List<int[]> out = new ArrayList<>(text.length() / 5 + 1);
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (!Character.isWhitespace(text.charAt(start)) && !Character.isSpaceChar(text.charAt(start))) {
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    private static Word word(String text, int begin, int end) {
        String t = text.substring(begin, end);
        return new Word(begin, end, t, Word.shapeOf(t));
    }

    /** {@code U.S}, {@code a.m} (dots inside), an initial {@code J}, or a known abbreviation such as {@code Mr}. */
    private static boolean takesStop(String text, int begin, int end) {
        if (end - begin == 1) {
            return Character.isUpperCase(text.charAt(begin));
        }
        if (text.indexOf('.', begin) < end) {
            return true;
        }
        return Abbreviations.isAbbreviation(text.substring(begin, end));
    }

    /** Start of a trailing possessive {@code 's} or {@code ’s} in the word, or -1. */
    private static int possessiveAt(String text, int begin, int end) {
        if (end - begin < 3 || text.charAt(end - 1) != 's' && text.charAt(end - 1) != 'S') {
            return -1;
        }
        char apostrophe = text.charAt(end - 2);
        return (apostrophe == '\'' || apostrophe == '’') && Character.isLetter(text.charAt(end - 3)) ? end - 2 : -1;
    }

    private static boolean letterAt(String text, int i) {
        return Character.isLetter(text.codePointAt(i));
    }

}
