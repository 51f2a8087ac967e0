package io.concord.annotator.figures.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into {@link Token}s in one linear pass, without regular expressions. */
final class Tokenizer {
    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 4);
        int n = text.length();
        int i = 0;
        boolean spaced = true;
        boolean lineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
                spaced = true;
                if (c == '\n' || c == '\r') {
                    lineStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            Token.Type type;
            if (isDigit(c)) {
                i = scanNumber(text, i);
                type = Token.Type.NUMBER;
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
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
        return tokens;
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
