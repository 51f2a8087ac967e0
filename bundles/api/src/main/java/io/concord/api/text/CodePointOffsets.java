package io.concord.api.text;

/**
 * From UTF-16 indices of a text (Concord's offsets, Java's string indices) to code-point positions (Python's
 * string indices, the W3C Web Annotation model's positions), and steps of whole code points. Every character
 * outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) counts two UTF-16 units and one code
 * point, so each one before an annotation moves it by one.
 */
public final class CodePointOffsets {
    private final String text;
    /** The code-point position of each UTF-16 index, and of the end; null while the text has no pair. */
    private final int[] at;

    private CodePointOffsets(String text, int[] at) {
        this.text = text;
        this.at = at;
    }

    /** The positions of {@code text}. */
    public static CodePointOffsets of(String text) {
        String s = text == null ? "" : text;
        if (s.codePointCount(0, s.length()) == s.length()) {
            return new CodePointOffsets(s, null); // most news: the two counts agree, no table needed
        }
        int[] at = new int[s.length() + 1];
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            at[i] = count;
            if (!(Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))) {
                count++; // the high half of a pair counts with its low half
            }
        }
        at[s.length()] = count;
        return new CodePointOffsets(s, at);
    }

    /** The code-point position of a UTF-16 index (0 to the text's length). */
    public int at(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside a text of " + text.length());
        }
        return at == null ? utf16 : at[utf16];
    }

    /**
     * The UTF-16 index of a code-point position (0 to the text's length in code points).
     *
     * @throws IndexOutOfBoundsException when the position is outside the text
     */
    public int utf16(int codePoint) {
        if (codePoint < 0 || codePoint > length()) {
            throw new IndexOutOfBoundsException("code point " + codePoint + " outside a text of " + length());
        }
        if (at == null) {
            return codePoint;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) { // the first index at that position: a pair's high half, not its low one
            int mid = (lo + hi) >>> 1;
            if (at[mid] < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text's length in code points. */
    public int length() {
        return at == null ? text.length() : at[text.length()];
    }

    /** The index itself, or one before when it falls between the halves of a surrogate pair. */
    public int wholeBefore(int utf16) {
        return splitsPair(utf16) ? utf16 - 1 : utf16;
    }

    /** The index itself, or one after when it falls between the halves of a surrogate pair. */
    public int wholeAfter(int utf16) {
        return splitsPair(utf16) ? utf16 + 1 : utf16;
    }

    private boolean splitsPair(int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    /** The UTF-16 index {@code n} code points before {@code utf16}, or 0. */
    public int back(int utf16, int n) {
        return text.offsetByCodePoints(utf16, -Math.min(n, at(utf16)));
    }

    /** The UTF-16 index {@code n} code points after {@code utf16}, or the end. */
    public int forward(int utf16, int n) {
        return text.offsetByCodePoints(utf16, Math.min(n, length() - at(utf16)));
    }
}
