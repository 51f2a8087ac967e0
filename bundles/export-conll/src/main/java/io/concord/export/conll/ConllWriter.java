package io.concord.export.conll;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * Tags the segmenter's tokens with IOB2 (every entity begins with {@code B-}) and writes them one per line,
 * {@code TOKEN<TAB>TAG}, a blank line after each sentence, after a {@code -DOCSTART-<TAB>O} line and a blank
 * line (so files of many documents can be concatenated into one training file, as CoNLL-2003's are).
 * <ul>
 * <li>An annotation tags every token it overlaps, also one it covers only in part (a name glued to a
 * suffix); the spans read back are then the annotation widened to token boundaries.</li>
 * <li>A line holds one tag: where annotations share a token the one of lower {@link EntityLabels#priority}
 * keeps all its tokens and the other is left out whole, so no entity is written cut in two.</li>
 * <li>An entity that crosses a sentence end starts again with {@code B-} after it: a reader treats each
 * sentence on its own.</li>
 * <li>White space inside a token (a non-breaking space in {@code 10 000}) is written as {@code _}, because
 * column readers split lines on any white space.</li>
 * </ul>
 */
final class ConllWriter {
    static final String DOCSTART = "-DOCSTART-";
    static final String OUTSIDE = "O";

    private final EntityLabels labels;

    ConllWriter(EntityLabels labels) {
        this.labels = labels;
    }

    void write(Segmentation segmentation, List<AnnotationRecord> annotations, Writer out) throws IOException {
        String[] tags = tags(segmentation, annotations);
        List<Word> words = segmentation.words();
        out.write(DOCSTART + "\t" + OUTSIDE + "\n\n");
        for (int s = 0; s < segmentation.sentenceCount(); s++) {
            int from = segmentation.firstWord(s);
            int to = segmentation.firstWord(s + 1);
            if (from == to) {
                continue;
            }
            for (int w = from; w < to; w++) {
                out.write(column(words.get(w).text()));
                out.write('\t');
                out.write(tags[w]);
                out.write('\n');
            }
            out.write('\n');
        }
    }

    /** The IOB2 tag of each word of {@code segmentation}. */
    String[] tags(Segmentation segmentation, List<AnnotationRecord> annotations) {
        List<Word> words = segmentation.words();
        int[] owner = new int[words.size()];
        Arrays.fill(owner, -1);
        String[] label = new String[words.size()];
        List<AnnotationRecord> ranked = annotations.stream()
                .filter(a -> a.end() > a.begin() && labels.label(a) != null)
                .sorted(Comparator.comparingInt(EntityLabels::priority)
                        .thenComparingInt(AnnotationRecord::begin)
                        .thenComparing(Comparator.comparingInt((AnnotationRecord a) -> a.end() - a.begin()).reversed()))
                .toList();
        for (int id = 0; id < ranked.size(); id++) {
            AnnotationRecord a = ranked.get(id);
            int first = segmentation.wordAt(a.begin());
            int last = first;
            while (last < words.size() && words.get(last).begin() < a.end()) {
                last++;
            }
            if (first == last || taken(owner, first, last)) {
                continue;
            }
            for (int w = first; w < last; w++) {
                owner[w] = id;
                label[w] = labels.label(a);
            }
        }
        String[] tags = new String[words.size()];
        for (int w = 0; w < words.size(); w++) {
            if (owner[w] < 0) {
                tags[w] = OUTSIDE;
            } else {
                boolean begins = w == 0 || owner[w - 1] != owner[w] || segmentation.startsSentence(w);
                tags[w] = (begins ? "B-" : "I-") + label[w];
            }
        }
        return tags;
    }

    private static boolean taken(int[] owner, int from, int to) {
        for (int w = from; w < to; w++) {
            if (owner[w] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The token with every character that a reader splitting on white space (Java's or Python's) would split on replaced by {@code _}. */
    static String column(String token) {
        StringBuilder b = null;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                if (b == null) {
                    b = new StringBuilder(token);
                }
                b.setCharAt(i, '_');
            }
        }
        return b == null ? token : b.toString();
    }
}
