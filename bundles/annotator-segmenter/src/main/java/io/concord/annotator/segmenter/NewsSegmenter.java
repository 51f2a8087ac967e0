package io.concord.annotator.segmenter;

import java.util.List;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * Reads a report once: its blocks (paragraphs, headline, bylines), then its tokens, then its sentences,
 * which never split a token or a line-wrapped paragraph. Not thread-safe (ICU's iterators keep state):
 * one per engine.
 */
public final class NewsSegmenter {
    /** Everything the segmenter finds in one text. */
    public record Result(Segmentation segmentation, List<int[]> paragraphs, int[] headline, List<int[]> bylines) {}

    private final WordSplitter words = new WordSplitter();
    private final SentenceSplitter sentences = new SentenceSplitter();

    public Result segment(String text) {
        Blocks.Layout layout = Blocks.of(text);
        List<Word> tokens = words.split(text);
        List<int[]> spans = sentences.split(text, layout.unwrapped(), tokens);
        return new Result(new Segmentation(text, tokens, spans, layout.paragraphs()), layout.paragraphs(),
                layout.headline(), layout.bylines());
    }

    /** Tokens, sentences and paragraphs, as the recognisers take them. */
    public Segmentation tokensAndSentences(String text) {
        return segment(text).segmentation();
    }
}
