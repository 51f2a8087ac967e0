package io.concord.annotator.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into tokens for name finding, with UTF-16 offsets: words (hyphens and apostrophes inside a
 * word keep it whole: {@code al-Assad}, {@code O'Brien}, {@code son-in-law}), initials and abbreviated
 * titles with their full stop ({@code J.}, {@code Mr.}, {@code U.S.}), numbers and single punctuation marks.
 * A possessive {@code ’s} becomes its own token, so {@code Ruiz’s} yields the name {@code Ruiz}.
 */
final class Tokens {
    enum Kind { WORD, ABBREVIATION, NUMBER, PUNCT }

    /** Abbreviations written with a full stop that does not end the sentence. */
    private static final Set<String> DOTTED = Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gen", "Col",
            "Lt", "Sgt", "Capt", "Gov", "Pres", "Rev", "St", "Jr", "Sr", "Maj", "Adm", "Cmdr", "Supt", "Insp");

    record Token(int begin, int end, Kind kind, String text, boolean sentenceStart) {
        boolean capitalised() {
            return kind != Kind.NUMBER && kind != Kind.PUNCT && Character.isUpperCase(text.codePointAt(0));
        }

        boolean is(String s) {
            return text.equals(s);
        }

        /** All letters upper case and more than one of them: an acronym such as {@code NATO} or {@code US}. */
        boolean acronym() {
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            return letters >= 2;
        }

        /** The word without a trailing full stop ({@code Mr.} -> {@code Mr}). */
        String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
    }

    private Tokens() {}

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            Token t;
            if (Character.isLetter(c)) {
                int j = wordEnd(text, i);
                int abbr = abbreviationEnd(text, i);
                if (abbr > j) {
                    t = new Token(i, abbr, Kind.ABBREVIATION, text.substring(i, abbr), sentenceStart);
                } else if (j < n && text.charAt(j) == '.' && (j - i == 1 && Character.isUpperCase(c)
                        || DOTTED.contains(text.substring(i, j)))) {
                    t = new Token(i, j + 1, Kind.ABBREVIATION, text.substring(i, j + 1), sentenceStart);
                } else {
                    t = new Token(i, j, Kind.WORD, text.substring(i, j), sentenceStart);
                }
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || ((text.charAt(j) == '.' || text.charAt(j) == ',') && j + 1 < n && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                t = new Token(i, j, Kind.NUMBER, text.substring(i, j), sentenceStart);
            } else if ((c == '’' || c == '\'') && i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < n
                    && possessive(text, i)) {
                t = new Token(i, i + 2, Kind.PUNCT, text.substring(i, i + 2), sentenceStart);
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                t = new Token(i, j, Kind.PUNCT, text.substring(i, j), sentenceStart);
            }
            out.add(t);
            i = t.end();
            sentenceStart = endsSentence(t);
        }
        return out;
    }

    /** After these a new sentence, quotation or line item starts, where any word is capitalised. */
    private static boolean endsSentence(Token t) {
        if (t.kind() != Kind.PUNCT) {
            return false;
        }
        switch (t.text()) {
            case ".": case "!": case "?": case ":": case ";": case "“": case "\"": case "(": case "[": case "•":
            case "—": case "–": case "‘": case "|":
                return true;
            default:
                return false;
        }
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n) {
            char d = text.charAt(j);
            if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((d == '\'' || d == '’') && j + 1 < n && Character.isLetter(text.charAt(j + 1)) && !possessive(text, j)) {
                j += 2;
            } else if ((d == '-' || d == '‑') && j + 1 < n && Character.isLetter(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** {@code ’s} at {@code j} followed by a non-letter ends a possessive, not a name. */
    private static boolean possessive(String text, int j) {
        int k = j + 1;
        return text.charAt(k) == 's' && (k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1)));
    }

    /** End of a dotted abbreviation such as {@code U.S.} starting at {@code i}, or -1. */
    private static int abbreviationEnd(String text, int i) {
        int n = text.length();
        int j = i;
        int letters = 0;
        while (j + 1 < n && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        return letters >= 2 && (j >= n || !Character.isLetter(text.charAt(j))) ? j : -1;
    }
}
