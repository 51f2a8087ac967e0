package io.concord.annotator.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quoted spans paragraph by paragraph: curly double marks, low-9 and guillemets, straight
 * double marks paired in order, and (optionally) single marks, curly or straight, where they cannot be
 * apostrophes.
 * Marks nested inside a quotation belong to it. A double quotation still open at the paragraph end runs to
 * the end of the paragraph (news style for quotations spanning paragraphs); a single-marked one only when
 * the next paragraph opens with the same mark. In hard-wrapped text ({@link Layout}) a paragraph ends at a
 * blank line, not at every line break. One pass over the text.
 */
final class QuoteMarkScanner {
    private final boolean singleMarks;

    QuoteMarkScanner(boolean singleMarks) {
        this.singleMarks = singleMarks;
    }

    /** The quotations in each paragraph (a quotation never runs past its paragraph's end). */
    List<QuotedSpan> scan(String text, List<int[]> paragraphs) {
        List<QuotedSpan> out = new ArrayList<>();
        for (int[] p : paragraphs) {
            scanParagraph(text, p[0], p[1], out);
        }
        return out;
    }

    private void scanParagraph(String text, int ps, int pe, List<QuotedSpan> out) {
        int i = ps;
        while (i < pe) {
            char c = text.charAt(i);
            int closeAt = -1;
            boolean opened = false;
            if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || (c == '"' && opensStraight(text, i, ps, pe))) {
                opened = true;
                closeAt = findDoubleClose(text, c, i + 1, pe);
            } else if (singleMarks && (c == '\u2018' || c == '\'') && opensSingle(text, i, ps, pe)) {
                int j = findSingleClose(text, c, i + 1, pe);
                if (j > 0) {
                    opened = true;
                    closeAt = j;
                } else if (nextParagraphOpensWith(text, pe, c)) {
                    opened = true; // ‘… continues in the next paragraph, which opens with the same mark
                }
            }
            if (!opened) {
                i++;
                continue;
            }
            if (closeAt >= 0) {
                add(text, i, i + 1, closeAt, closeAt + 1, true, out);
                i = closeAt + 1;
            } else {
                add(text, i, i + 1, pe, pe, false, out);
                i = pe;
            }
        }
    }

    private static void add(String text, int open, int b, int e, int close, boolean closed, List<QuotedSpan> out) {
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > b && hasLetterOrDigit(text, b, e)) {
            out.add(new QuotedSpan(open, b, e, close, closed));
        }
    }

    private static boolean hasLetterOrDigit(String text, int b, int e) {
        for (int i = b; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A straight double mark opens when it starts a paragraph or follows space or opening punctuation. */
    private static boolean opensStraight(String text, int i, int ps, int pe) {
        if (i + 1 >= pe || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i == ps) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{\u2014\u2013-/:".indexOf(prev) >= 0;
    }

    private static int findDoubleClose(String text, char openMark, int from, int pe) {
        for (int j = from; j < pe; j++) {
            char c = text.charAt(j);
            if (c == '\u201D' || (c == '"' && openMark != '\u00AB') || (c == '\u00BB' && openMark == '\u00AB')
                    || (c == '\u201C' && openMark == '\u201E')) {
                return j;
            }
        }
        return -1;
    }

    /**
     * A single mark opens a quotation when it starts the paragraph or follows a space or opening
     * punctuation, and is followed by a letter (so not an elision such as ‘90s or an apostrophe in a word).
     */
    private static boolean opensSingle(String text, int i, int ps, int pe) {
        if (i + 1 >= pe || !Character.isLetter(text.charAt(i + 1)) && text.charAt(i + 1) != '[') {
            return false;
        }
        if (i == ps) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{\u2014\u2013-/:\"\u201C".indexOf(prev) >= 0;
    }

    /**
     * The closing single mark is a right mark (or a straight one after a straight opener) not followed by a
     * letter, so not an apostrophe inside a word.
     */
    private static int findSingleClose(String text, char openMark, int from, int pe) {
        char closeMark = openMark == '\'' ? '\'' : '\u2019';
        for (int j = from; j < pe; j++) {
            if (text.charAt(j) == closeMark && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 >= pe || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean nextParagraphOpensWith(String text, int pe, char mark) {
        int i = pe;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == mark;
    }
}
