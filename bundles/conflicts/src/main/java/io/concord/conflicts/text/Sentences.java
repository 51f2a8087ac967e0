package io.concord.conflicts.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries of a news text: line breaks always end a sentence (headlines, paragraphs);
 * {@code . ! ?} end one when followed by space and a capital, a digit or an opening quote, unless the
 * word before is a title or an initial ({@code Mr.}, {@code U.S.}, {@code J.}).
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt",
            "sgt", "capt", "gov", "sen", "rep", "rev", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs",
            "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private final int[] starts;
    private final int[] ends;

    private Sentences(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static Sentences of(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(spans, text, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isClosing(text.charAt(end))) {
                    end++;
                }
                add(spans, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(spans, text, start, n);
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = spans.get(k)[0];
            e[k] = spans.get(k)[1];
        }
        return new Sentences(s, e);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean endsSentence(String text, int i) {
        int j = i + 1;
        while (j < text.length() && isClosing(text.charAt(j))) {
            j++;
        }
        if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j < text.length()) {
            char next = text.charAt(j);
            if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '“' || next == '"'
                    || next == '‘' || next == '\n' || next == '\r' || next == '[' || next == '(')) {
                return false;
            }
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial or the last letter of U.S.
        }
        return !ABBREVIATIONS.contains(word.toLowerCase());
    }

    private static void add(List<int[]> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }

    public int size() {
        return starts.length;
    }

    public int start(int sentence) {
        return starts[sentence];
    }

    public int end(int sentence) {
        return ends[sentence];
    }

    /** The sentence that contains {@code offset}, or the nearest one before it; -1 before the first. */
    public int indexOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
