package io.concord.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a document too long to annotate whole is cut into sections of at most a given length: at the last
 * paragraph break before the limit, else the last line break, else the last sentence end ({@code ". "}), else
 * the last space, else at the limit itself (never inside a surrogate pair). A name or a figure is seldom cut
 * that way, and what is cut loses only the words on either side of the cut.
 */
final class Sections {
    private Sections() {}

    /** The sections' [begin, end) spans, covering {@code text} in order. */
    static List<int[]> of(String text, int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        List<int[]> out = new ArrayList<>();
        int begin = 0;
        while (text.length() - begin > maxChars) {
            int end = cut(text, begin, begin + maxChars);
            out.add(new int[] {begin, end});
            begin = end;
        }
        out.add(new int[] {begin, text.length()});
        return out;
    }

    /** Where to end the section that starts at {@code begin} and may run to {@code limit}. */
    private static int cut(String text, int begin, int limit) {
        // look back at most half a section for a good place, so sections stay near their length
        int floor = begin + (limit - begin) / 2;
        for (String mark : new String[] {"\n\n", "\n", ". ", " "}) {
            int at = text.lastIndexOf(mark, limit - mark.length());
            if (at >= floor) {
                return at + mark.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
