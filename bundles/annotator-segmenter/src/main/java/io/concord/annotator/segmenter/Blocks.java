package io.concord.annotator.segmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.concord.language.FunctionWords;

/**
 * The block structure of a plain-text report: its lines and paragraphs, the line breaks that only wrap a
 * line, the headline and the bylines. Offsets are UTF-16 indexes into the text.
 */
final class Blocks {
    /** A report's paragraphs, headline and bylines, and the text with its wrapping line breaks as spaces. */
    record Layout(List<int[]> paragraphs, int[] headline, List<int[]> bylines, String unwrapped) {}

    private static final Pattern BYLINE = Pattern.compile(
            "(?:By|BY|Written by|Reporting by|Reported by|Story by|Words by)\\s+\\p{Lu}.*");
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_BYLINE_WORDS = 20;
    /** Lines longer than this are not hard-wrapped. */
    private static final int MAX_WRAPPED_LINE = 100;
    /** A line that fills at least this much of the width was wrapped by the writer, not ended. */
    private static final int FILLED_LINE = 50;

    private Blocks() {}

    static Layout of(String text) {
        List<int[]> lines = lines(text);
        boolean wrapped = hardWrapped(text, lines);
        char[] unwrapped = null;
        List<int[]> paragraphs = new ArrayList<>();
        int[] open = null;
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            if (line[0] == line[1]) {
                open = null; // a blank line ends the paragraph
                continue;
            }
            if (open != null && softBreak(text, open[1], line[0], wrapped)) {
                if (unwrapped == null) {
                    unwrapped = text.toCharArray();
                }
                for (int k = open[1]; k < line[0]; k++) {
                    if (unwrapped[k] == '\n' || unwrapped[k] == '\r') {
                        unwrapped[k] = ' ';
                    }
                }
                open[1] = line[1];
            } else {
                open = new int[] {line[0], line[1]};
                paragraphs.add(open);
            }
        }
        return new Layout(paragraphs, headline(text, paragraphs), bylines(text, paragraphs),
                unwrapped == null ? text : new String(unwrapped));
    }

    /** The lines of the text, trimmed; a blank line is an empty span. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            out.add(trimmed(text, start, end));
            if (end >= n) {
                break;
            }
            start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    /** {@code [begin, end)} without the white space at either end (empty when it is all white space). */
    static int[] trimmed(String text, int begin, int end) {
        int b = begin;
        int e = end;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {b, e};
    }

    /**
     * Prose wrapped at a fixed width (wire copy, mail, old archives): several line breaks that are not
     * blank lines, no line longer than a wrapped line, and most lines before a single break filled to the
     * width. Then only a blank line ends a paragraph.
     */
    static boolean hardWrapped(String text, List<int[]> lines) {
        int singleBreaks = 0;
        int filled = 0;
        for (int i = 0; i < lines.size(); i++) {
            int len = lines.get(i)[1] - lines.get(i)[0];
            if (len > MAX_WRAPPED_LINE) {
                return false;
            }
            boolean next = i + 1 < lines.size() && lines.get(i + 1)[1] > lines.get(i + 1)[0];
            if (len > 0 && next) {
                singleBreaks++;
                if (len >= FILLED_LINE) {
                    filled++;
                }
            }
        }
        return singleBreaks >= 3 && filled * 4 >= singleBreaks * 3;
    }

    /**
     * A line break that only wraps a line: the paragraph goes on. In wrapped prose every single break;
     * otherwise only one inside a sentence: the next line starts in lower case, or the line ends on a
     * comma or on a function word ({@code in}, {@code the}), which no headline or sentence ends with.
     */
    private static boolean softBreak(String text, int lineEnd, int nextStart, boolean wrapped) {
        char last = text.charAt(lineEnd - 1);
        if (wrapped) {
            return true;
        }
        if (Character.isLowerCase(text.charAt(nextStart)) && (Character.isLetterOrDigit(last) || last == ',')) {
            return true;
        }
        int wordStart = lineEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return last == ',' || wordStart < lineEnd && Character.isLowerCase(text.charAt(wordStart))
                && FunctionWords.contains(text.substring(wordStart, lineEnd));
    }

    /** The first paragraph, if it reads as a headline: a short line without a closing full stop. */
    private static int[] headline(String text, List<int[]> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        int[] p = paragraphs.get(0);
        String line = text.substring(p[0], p[1]);
        int words = line.split("\\s+").length;
        if (words < 2 || words > MAX_HEADLINE_WORDS || line.endsWith(".") || line.endsWith(":")
                || line.indexOf('\n') >= 0 || BYLINE.matcher(line).matches() || !hasCapital(line)) {
            return null;
        }
        return p;
    }

    /** Short paragraphs near the top or at the end that name the authors ("By …", "Reporting by …"). */
    private static List<int[]> bylines(String text, List<int[]> paragraphs) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i >= 5 && i < paragraphs.size() - 3) {
                continue;
            }
            int[] p = paragraphs.get(i);
            String line = text.substring(p[0], p[1]);
            if (BYLINE.matcher(line).matches() && line.split("\\s+").length <= MAX_BYLINE_WORDS
                    && line.indexOf('\n') < 0) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean hasCapital(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isUpperCase(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
