package io.concord.export.html;

import java.util.List;

import io.concord.api.text.TextSegmenter;
import io.concord.api.text.WordDiff;
import io.concord.language.TextKeys;

/**
 * Marks the words of one version of a statement that the other version does not share, so a reader sees what
 * differs: the segmenter's words compared ignoring case and accents, aligned by the same {@link WordDiff} the
 * quote rules weigh. Without a segmenter nothing is marked.
 */
final class WordHighlighter {
    private final TextSegmenter segmenter;

    WordHighlighter(TextSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** {@code text} as escaped HTML, its changed words wrapped in {@code <span class="changed">}. */
    String highlight(String text, String other) {
        if (other == null || segmenter == null) {
            return Html.escape(text);
        }
        List<int[]> spans = WordDiff.changedSpans(segmenter.segment(text), segmenter.segment(other), TextKeys::key);
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int[] s : spans) {
            b.append(Html.escape(text.substring(pos, s[0]))).append("<span class=\"changed\">")
                    .append(Html.escape(text.substring(s[0], s[1]))).append("</span>");
            pos = s[1];
        }
        return b.append(Html.escape(text.substring(pos))).toString();
    }
}
