package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, dotted abbreviations ({@code U.S.}) and single punctuation marks, with UTF-16
 * offsets. A possessive {@code ’s} is split off its word so that {@code Ukraine’s} yields {@code Ukraine}.
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

    /** Abbreviated first words of place names, written with a full stop. */
    private static final java.util.Set<String> SHORT_PREFIXES = java.util.Set.of("St", "Ste", "Ft", "Mt");

    private Tokens() {}

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int abbr = abbreviationEnd(text, i);
                if (abbr > 0) {
                    out.add(new Token(i, abbr, Kind.ABBREVIATION, text.substring(i, abbr)));
                    i = abbr;
                    continue;
                }
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '\'' || d == '’') && j + 1 < n && Character.isLetter(text.charAt(j + 1))
                            && !possessive(text, j)) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j + 2 < n && text.charAt(j) == '.' && text.charAt(j + 1) == ' '
                        && Character.isUpperCase(text.charAt(j + 2)) && SHORT_PREFIXES.contains(text.substring(i, j))) {
                    j++; // "St. Petersburg", "Ft. Lauderdale": the full stop belongs to the name
                    out.add(new Token(i, j, Kind.ABBREVIATION, text.substring(i, j)));
                } else {
                    out.add(new Token(i, j, Kind.WORD, text.substring(i, j)));
                }
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || ((text.charAt(j) == '.' || text.charAt(j) == ',') && j + 1 < n && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
                out.add(new Token(i, j, Kind.NUMBER, text.substring(i, j)));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                out.add(new Token(i, j, Kind.PUNCT, text.substring(i, j)));
                i = j;
            }
        }
        return out;
    }

    /** {@code ’s} or {@code 's} at {@code j} followed by a non-letter: a possessive ending, not part of the name. */
    private static boolean possessive(String text, int j) {
        int k = j + 1;
        return k < text.length() && text.charAt(k) == 's' && (k + 1 >= text.length() || !Character.isLetter(text.charAt(k + 1)));
    }

    /** End of an abbreviation such as {@code U.S.} or {@code D.C.} starting at {@code i}, or -1. */
    private static int abbreviationEnd(String text, int i) {
        int n = text.length();
        int j = i;
        int letters = 0;
        while (j + 1 < n && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        if (letters >= 2 && (j >= n || !Character.isLetter(text.charAt(j)))) {
            return j;
        }
        return -1;
    }
}
