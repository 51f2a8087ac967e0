package io.concord.annotator.quotes;

/**
 * Where paragraphs end. Most texts put each paragraph on one line, so every line break ends one; wire copy
 * and e-mail text are hard-wrapped (lines of at most about 80 characters, paragraphs separated by blank
 * lines), and there a single line break is only a space. One linear pass decides which layout a text has.
 */
final class Layout {
    /** Lines longer than this are not hard-wrapped. */
    private static final int MAX_WRAPPED_LINE = 100;
    /** A line that fills at least this much of the width was wrapped by the writer, not ended. */
    private static final int FILLED_LINE = 50;

    private final String text;
    private final boolean wrapped;

    Layout(String text) {
        this.text = text;
        this.wrapped = hardWrapped(text);
    }

    boolean wrapped() {
        return wrapped;
    }

    /**
     * Whether the line break at {@code i} ends a paragraph: always in unwrapped text; in hard-wrapped text
     * only when a blank line follows (or the text ends).
     */
    boolean paragraphBreak(int i) {
        if (!wrapped) {
            return true;
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n') {
            return true;
        }
        // a line break before one that is itself after a blank line
        int k = i - 1;
        while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    /** The offset of the paragraph-ending line break at or after {@code from}, or the text length. */
    int paragraphEnd(int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0 && !paragraphBreak(i)) {
            i = text.indexOf('\n', i + 1);
        }
        return i < 0 ? text.length() : i;
    }

    /**
     * Hard-wrapped: several line breaks that are not blank lines, no line longer than a wrapped line, and
     * most of the lines before single line breaks filled to the width.
     */
    static boolean hardWrapped(String text) {
        int n = text.length();
        int lineStart = 0;
        int singleBreaks = 0;
        int filled = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') {
                continue;
            }
            int len = lineLength(text, lineStart, i);
            if (len > MAX_WRAPPED_LINE) {
                return false;
            }
            boolean blankBefore = len == 0;
            boolean blankAfter = i + 1 >= n || lineLength(text, i + 1, nextBreak(text, i + 1)) == 0;
            if (i < n && !blankBefore && !blankAfter) {
                singleBreaks++;
                if (len >= FILLED_LINE) {
                    filled++;
                }
            }
            lineStart = i + 1;
        }
        return singleBreaks >= 3 && filled * 4 >= singleBreaks * 3;
    }

    private static int nextBreak(String text, int from) {
        int i = text.indexOf('\n', from);
        return i < 0 ? text.length() : i;
    }

    /** Length of the line without surrounding white space. */
    private static int lineLength(String text, int b, int e) {
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e - b;
    }
}
