package io.concord.export.html;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.text.TextSegmenter;
import io.concord.language.TextKeys;

/**
 * Marks the words of one version of a statement that the other version does not share (a word-level
 * longest common subsequence, ignoring case, accents and punctuation), so a reader sees what differs. The
 * words are the segmenter's, as everywhere in Concord; without a segmenter nothing is marked.
 */
final class WordHighlighter {
    private record Word(int begin, int end, String norm) {}

    private final TextSegmenter segmenter;

    WordHighlighter(TextSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** For each word of {@code text}, whether it has no counterpart in {@code other}. */
    boolean[] changed(String text, String other) {
        List<Word> a = words(text);
        List<Word> b = words(other);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).norm().equals(b.get(j).norm()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] changed = new boolean[n];
        int i = 0;
        int j = 0;
        while (i < n) {
            if (j < m && a.get(i).norm().equals(b.get(j).norm())) {
                i++;
                j++;
            } else if (j < m && lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++;
            } else {
                changed[i++] = true;
            }
        }
        return changed;
    }

    /** {@code text} as escaped HTML, its changed words wrapped in {@code <span class="changed">}. */
    String highlight(String text, String other) {
        if (other == null || segmenter == null) {
            return Html.escape(text);
        }
        List<Word> words = words(text);
        boolean[] changed = changed(text, other);
        StringBuilder b = new StringBuilder();
        int pos = 0;
        boolean open = false;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            String gap = text.substring(pos, w.begin());
            String escaped = Html.escape(text.substring(w.begin(), w.end()));
            if (changed[k] && open && gap.isBlank()) {
                // adjacent changed words share one span, so a phrase reads as one change
                b.append(Html.escape(gap)).append(escaped);
            } else {
                if (open) {
                    b.append("</span>");
                    open = false;
                }
                b.append(Html.escape(gap));
                if (changed[k]) {
                    b.append("<span class=\"changed\">");
                    open = true;
                }
                b.append(escaped);
            }
            pos = w.end();
        }
        if (open) {
            b.append("</span>");
        }
        b.append(Html.escape(text.substring(pos)));
        return b.toString();
    }

    private List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        for (io.concord.api.text.Word w : segmenter.segment(text == null ? "" : text).words()) {
            if (!w.isPunctuation()) {
                out.add(new Word(w.begin(), w.end(), TextKeys.key(w.text())));
            }
        }
        return out;
    }
}
