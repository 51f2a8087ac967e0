package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * The segmenter's tokens as place finding reads them: words, abbreviations with their full stop
 * ({@code U.S.}, {@code St.}), numbers and punctuation; a possessive {@code ’s} is split off as {@code ’}
 * and {@code s}, so {@code Ukraine’s} yields {@code Ukraine}.
 */
final class Tokens {
    enum Kind { WORD, ABBREVIATION, NUMBER, PUNCT }

    record Token(int begin, int end, Kind kind, String text) {
        boolean capitalised() {
            return (kind == Kind.WORD || kind == Kind.ABBREVIATION) && Character.isUpperCase(text.codePointAt(0));
        }

        boolean is(String s) {
            return text.equals(s);
        }
    }

    private Tokens() {}

    /**
     * The first token on its line: a line break between it and the token before. Only that gap is read,
     * so the cost does not grow with the length of the line (a search back to the previous line break
     * made one long line quadratic).
     */
    static boolean lineStart(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        for (int k = tokens.get(i - 1).end(); k < tokens.get(i).begin(); k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The first token of a sentence. */
    static boolean sentenceStart(String text, List<Token> tokens, int i) {
        if (lineStart(text, tokens, i)) {
            return true;
        }
        String p = tokens.get(i - 1).text();
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("“") || p.equals("\"") || p.equals(":");
    }

    /** A word or abbreviation in capitals with at least two letters: {@code KYIV}, {@code U.S.}. */
    static boolean allCaps(Token t) {
        if (t.kind() != Kind.WORD && t.kind() != Kind.ABBREVIATION) {
            return false;
        }
        int letters = 0;
        for (int k = 0; k < t.text().length(); k++) {
            char ch = t.text().charAt(k);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letters += Character.isLetter(ch) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** Two tokens of one name: touching ("Nagorno-Karabakh") or one space apart ("Gulf of Mexico", "Washington, D.C."). */
    static boolean joinable(String text, Token a, Token b) {
        int gap = b.begin() - a.end();
        if (gap == 0) {
            return true;
        }
        return gap == 1 && text.charAt(a.end()) == ' ' && (a.kind() != Kind.PUNCT || a.is(","));
    }

    /** Neighbouring words of one phrase: separated by spaces only, not by a line break. */
    static boolean adjacent(String text, Token a, Token b) {
        for (int k = a.end(); k < b.begin(); k++) {
            char ch = text.charAt(k);
            if (ch != ' ' && ch != '\u00a0') {
                return false;
            }
        }
        return a.kind() != Kind.PUNCT && b.kind() != Kind.PUNCT;
    }

    /** The text of a span with runs of spaces collapsed, as the gazetteer writes names. */
    static String spaced(String text, int begin, int end) {
        String s = text.substring(begin, end);
        return s.indexOf("  ") < 0 ? s : s.replaceAll(" +", " ");
    }

    static List<Token> of(Segmentation segmentation) {
        List<Token> out = new ArrayList<>(segmentation.words().size());
        for (Word w : segmentation.words()) {
            Kind kind = w.isAbbreviation() ? Kind.ABBREVIATION : w.isWord() ? Kind.WORD : w.isNumber() ? Kind.NUMBER : Kind.PUNCT;
            if (kind == Kind.PUNCT && w.length() == 2 && (w.text().charAt(0) == '’' || w.text().charAt(0) == '\'')) {
                // the possessive as apostrophe and s, as the rules read "Victoria ’ s premier"
                out.add(new Token(w.begin(), w.begin() + 1, Kind.PUNCT, w.text().substring(0, 1)));
                out.add(new Token(w.begin() + 1, w.end(), Kind.WORD, w.text().substring(1)));
                continue;
            }
            out.add(new Token(w.begin(), w.end(), kind, w.text()));
        }
        return out;
    }
}
