package io.concord.api.text;

import java.util.List;

/**
 * The dateline of a wire story: the place, date and agency in capitals before a dash that open the story's first
 * paragraph, under any headline and byline lines ({@code KRAKOW, Poland (PAP) —}, {@code TROMSO, May 2 (NTB) --}).
 * It says where and when the report was filed: it names no speaker, and its date is no event's. One reader of it
 * for every component: the quote attributor, the places annotator and the conflict rules.
 *
 * @since 1.3
 */
public final class Dateline {
    /** Words a dateline may take before its dash. */
    private static final int MAX_WORDS = 16;
    /** Lines above the story that a dateline may follow: a headline, a byline, a kicker. */
    private static final int MAX_LINES_ABOVE = 3;
    /** A paragraph longer than this is story text, not a headline or byline: no dateline after it. */
    private static final int MAX_LINE_WORDS = 30;

    private Dateline() {}

    /** {begin, end} in characters, from the dateline's first word to the end of its dash; null when there is none. */
    public static int[] of(Segmentation segmentation) {
        List<Word> words = segmentation.words();
        List<int[]> paragraphs = segmentation.paragraphs();
        int w = 0;
        int p = 0;
        for (int line = 0; line <= MAX_LINES_ABOVE && w < words.size(); line++) {
            while (p < paragraphs.size() && paragraphs.get(p)[1] <= words.get(w).begin()) {
                p++;
            }
            int paragraphEnd = p < paragraphs.size() ? paragraphs.get(p)[1] : segmentation.text().length();
            int end = dashEnd(words, w, paragraphEnd);
            if (end >= 0) {
                return new int[] {words.get(w).begin(), end};
            }
            for (int count = 0; w < words.size() && words.get(w).begin() < paragraphEnd; w++) {
                if (isQuoteMark(words.get(w).text()) || ++count > MAX_LINE_WORDS) {
                    return null; // story text with no dateline before it
                }
            }
        }
        return null;
    }

    /** The end of a dateline's dash when one starts at word {@code w}, else -1. */
    private static int dashEnd(List<Word> words, int w, int paragraphEnd) {
        if (!upperCaseWord(words.get(w).text())) {
            return -1;
        }
        for (int i = w + 1; i < Math.min(words.size(), w + MAX_WORDS); i++) {
            Word word = words.get(i);
            if (word.begin() >= paragraphEnd || isQuoteMark(word.text())) {
                return -1;
            }
            if (isDash(word.text())) {
                int end = word.end();
                for (int k = i + 1; k < words.size() && isDash(words.get(k).text()); k++) {
                    end = words.get(k).end(); // "--" read as two marks
                }
                return end;
            }
        }
        return -1;
    }

    /** All letters upper case, at least three: KRAKOW, SÃO PAULO. */
    private static boolean upperCaseWord(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3 && Character.isLetter(text.charAt(0));
    }

    private static boolean isDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("-\u2014\u2013".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isQuoteMark(String s) {
        return s.length() == 1 && "\"\u201c\u201d\u00ab\u00bb\u201e".indexOf(s.charAt(0)) >= 0;
    }
}
