package io.concord.annotator.figures.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * Splits the segmenter's tokens into the pieces the number grammar reads: a run of digits (with thousands
 * groups and one decimal part), a run of letters, or a single other character. {@code 90bn} gives
 * {@code 90} and {@code bn}, {@code km2} gives {@code km} and {@code 2}; only the first piece of a token can
 * be {@code spaced} or start a line, which is how {@code five-hour} and {@code 90bn} differ from
 * {@code 90 bn}.
 */
final class Tokenizer {
    private Tokenizer() {}

    static List<Token> tokenize(Segmentation segmentation) {
        String text = segmentation.text();
        List<Token> tokens = new ArrayList<>(text.length() / 4);
        int previousEnd = 0;
        boolean first = true;
        for (Word w : segmentation.words()) {
            boolean spaced = first || w.begin() > previousEnd;
            boolean lineStart = first || lineBreak(text, previousEnd, w.begin());
            int i = w.begin();
            while (i < w.end()) {
                int start = i;
                char c = text.charAt(i);
                Token.Type type;
                if (isDigit(c)) {
                    i = Math.min(scanNumber(text, i), w.end());
                    type = Token.Type.NUMBER;
                } else if (Character.isLetter(c)) {
                    while (i < w.end() && Character.isLetter(text.charAt(i))) {
                        i++;
                    }
                    type = Token.Type.WORD;
                } else {
                    i += Character.charCount(text.codePointAt(i));
                    type = Token.Type.SYMBOL;
                }
                String s = text.substring(start, i);
                tokens.add(new Token(type, start, i, s, s.toLowerCase(Locale.ROOT), spaced, lineStart));
                spaced = false;
                lineStart = false;
            }
            previousEnd = w.end();
            first = false;
        }
        return tokens;
    }

    private static boolean lineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Digits with {@code ,ddd} groups and one decimal part: {@code 19,000}, {@code 19.3}, {@code 1,234.5}. */
    private static int scanNumber(String text, int i) {
        int n = text.length();
        int start = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        // thousands groups only after a lead of at most three digits
        if (i - start <= 3) {
            while (i < n && text.charAt(i) == ',' && groupOfThree(text, i + 1)) {
                i += 4;
            }
        }
        if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean groupOfThree(String text, int i) {
        int n = text.length();
        if (i + 3 > n) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return i + 3 == n || !isDigit(text.charAt(i + 3));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
