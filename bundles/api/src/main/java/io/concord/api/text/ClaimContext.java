package io.concord.api.text;

/**
 * The sentence a claim stands in, for showing it in context: the one rule that the HTML conflict report
 * and the workbench's conflict view share, so a claim reads the same in both.
 */
public final class ClaimContext {
    private ClaimContext() {}

    /**
     * Bounds {@code [from, to)} of the sentence around {@code [begin, end)}, at most {@code limit}
     * characters each side: back to the previous sentence end (a closing quote may follow it) or line
     * break, forward to the next.
     */
    public static int[] sentence(String text, int begin, int end, int limit) {
        int from = begin;
        while (from > 0 && begin - from < limit) {
            char c = text.charAt(from - 1);
            int p = from - 1;
            while (p > 0 && "”\"’)".indexOf(text.charAt(p)) >= 0) {
                p--; // a sentence can end inside its closing quote: … “end the bloodshed.” President …
            }
            if (c == '\n' || (isEnd(text.charAt(p)) && from < text.length() && Character.isWhitespace(text.charAt(from))
                    && p > 0 && !Character.isUpperCase(text.charAt(p - 1)))) {
                break;
            }
            from--;
        }
        while (from < begin && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = end;
        if (end > begin && isEnd(text.charAt(end - 1))) {
            // the claim ends its sentence ("ready for war."): only its closing quote follows
            while (to < text.length() && "”\"’)".indexOf(text.charAt(to)) >= 0) {
                to++;
            }
            return new int[] {from, to};
        }
        while (to < text.length() && to - end < limit) {
            char c = text.charAt(to);
            if (c == '\n') {
                break;
            }
            to++;
            if (isEnd(c) && (to == text.length() || Character.isWhitespace(text.charAt(to))
                    || "”\"’)".indexOf(text.charAt(to)) >= 0)) {
                while (to < text.length() && "”\"’)".indexOf(text.charAt(to)) >= 0) {
                    to++;
                }
                break;
            }
        }
        return new int[] {from, Math.max(to, end)};
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

}
