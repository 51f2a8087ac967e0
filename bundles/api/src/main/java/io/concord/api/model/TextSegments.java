package io.concord.api.model;

import java.util.Arrays;

/**
 * Where the segmenter found a document's tokens, sentences and paragraphs, as {@code begin, end} pairs of
 * UTF-16 offsets in its text, in text order. A record made by the pipeline carries them, so that a later
 * reader (the conflict detector) takes the annotators' own segmentation instead of segmenting the text
 * again. They are derived from the text, not part of the exchange format: they are not written, and a
 * record read from a file has none.
 *
 * @since 1.3
 */
public record TextSegments(int[] tokens, int[] sentences, int[] paragraphs) {
    public TextSegments {
        tokens = tokens.clone();
        sentences = sentences.clone();
        paragraphs = paragraphs.clone();
        if (tokens.length % 2 != 0 || sentences.length % 2 != 0 || paragraphs.length % 2 != 0) {
            throw new IllegalArgumentException("spans are begin, end pairs");
        }
    }

    /** The number of tokens. */
    public int tokenCount() {
        return tokens.length / 2;
    }

    @Override
    public int[] tokens() {
        return tokens.clone();
    }

    @Override
    public int[] sentences() {
        return sentences.clone();
    }

    @Override
    public int[] paragraphs() {
        return paragraphs.clone();
    }

    /**
     * Whether every span lies in a text of {@code length} characters, and the spans of each kind follow one
     * another without overlapping: whether these segments can be of that text.
     */
    public boolean fit(int length) {
        return ordered(tokens, length) && ordered(sentences, length) && ordered(paragraphs, length);
    }

    private static boolean ordered(int[] spans, int length) {
        int last = 0;
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i] < last || spans[i + 1] < spans[i] || spans[i + 1] > length) {
                return false;
            }
            last = spans[i + 1];
        }
        return true;
    }

    /** Begin of token {@code i}. */
    public int tokenBegin(int i) {
        return tokens[2 * i];
    }

    /** End of token {@code i}. */
    public int tokenEnd(int i) {
        return tokens[2 * i + 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSegments s && Arrays.equals(tokens, s.tokens) && Arrays.equals(sentences, s.sentences)
                && Arrays.equals(paragraphs, s.paragraphs);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(tokens) + Arrays.hashCode(sentences)) + Arrays.hashCode(paragraphs);
    }

    @Override
    public String toString() {
        return "TextSegments[" + tokenCount() + " tokens, " + sentences.length / 2 + " sentences, "
                + paragraphs.length / 2 + " paragraphs]";
    }
}
