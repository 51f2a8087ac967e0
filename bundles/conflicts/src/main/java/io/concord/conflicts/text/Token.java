package io.concord.conflicts.text;

/**
 * A word of a text. {@code norm} is the lower-case, accent-free surface form (possessive dropped,
 * contractions split), {@code key} its stem, used for matching. Offsets are UTF-16 indices.
 */
public record Token(int begin, int end, String norm, String key, boolean stop) {
    public boolean isNumber() {
        return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
    }
}
