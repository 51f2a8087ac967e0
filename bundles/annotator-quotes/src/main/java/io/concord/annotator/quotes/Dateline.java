package io.concord.annotator.quotes;

/**
 * The dateline that opens a wire story ("KRAKOW, Poland —", "TROMSO, May 2 (NTB) --"): a place and an
 * agency in front of the first sentence, never anyone who speaks. Without this the capitalised city is the
 * first subject of the text and takes a quotation nobody attributes.
 */
final class Dateline {
    /** Tokens a dateline may take before its dash. */
    private static final int MAX_TOKENS = 16;

    private Dateline() {
    }

    /** Lines above the story that a dateline may follow: a headline, a byline, a kicker. */
    private static final int MAX_LINES_ABOVE = 3;
    /** A paragraph longer than this is story text, not a headline or byline: no dateline after it. */
    private static final int MAX_LINE_TOKENS = 30;

    /**
     * The dateline's tokens as {start, end} (end exclusive, the token after its dash), or {0, 0} when the story
     * opens without one. It opens the text or the first paragraph after the headline and byline lines.
     */
    static int[] span(Discourse d) {
        int start = 0;
        for (int line = 0; line <= MAX_LINES_ABOVE && start < d.size(); line++) {
            int end = endAt(d, start);
            if (end > 0) {
                return new int[] {start, end};
            }
            int next = start;
            while (next < d.size() && d.token(next).paragraph == d.token(start).paragraph) {
                if (d.token(next).kind == Token.Kind.QUOTE || next - start > MAX_LINE_TOKENS) {
                    return new int[] {0, 0}; // story text with no dateline before it
                }
                next++;
            }
            start = next;
        }
        return new int[] {0, 0};
    }

    /** The index of the first token after a dateline that starts at {@code start}, or 0. */
    private static int endAt(Discourse d, int start) {
        if (!upperCaseWord(d.token(start))) {
            return 0;
        }
        int paragraph = d.token(start).paragraph;
        for (int i = start + 1; i < Math.min(d.size(), start + MAX_TOKENS); i++) {
            Token t = d.token(i);
            if (t.kind == Token.Kind.QUOTE || t.paragraph != paragraph) {
                return 0;
            }
            if (t.kind == Token.Kind.PUNCT && isDash(t.text)) {
                int e = i + 1;
                while (e < d.size() && d.token(e).kind == Token.Kind.PUNCT && isDash(d.token(e).text)) {
                    e++; // "--" read as two marks
                }
                return e;
            }
        }
        return 0;
    }

    /** All letters upper case, at least three: KRAKOW, SÃO PAULO. */
    private static boolean upperCaseWord(Token t) {
        if (!t.isWord()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.text.length(); i++) {
            char c = t.text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean isDash(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("-\u2014\u2013".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
