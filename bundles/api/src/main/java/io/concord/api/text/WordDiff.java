package io.concord.api.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A word-level diff of two versions of a statement (longest common subsequence of their words, compared as the
 * caller keys them), with an excerpt's alignment preferred. One implementation for every place that shows or
 * weighs what changed: the quote rules, the HTML report and the workbench mark the same words.
 *
 * @since 1.3
 */
public final class WordDiff {
    public enum Op { EQUAL, DELETE, INSERT, REPLACE }

    /** One step: words only in the first version ({@code a}), only in the second ({@code b}), or in both. */
    public record Edit(Op op, List<String> a, List<String> b) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("op", op.name().toLowerCase());
            if (op == Op.EQUAL) {
                m.put("text", String.join(" ", a));
            } else {
                if (!a.isEmpty()) {
                    m.put("from", String.join(" ", a));
                }
                if (!b.isEmpty()) {
                    m.put("to", String.join(" ", b));
                }
            }
            return m;
        }
    }

    private final List<Edit> edits;

    private WordDiff(List<Edit> edits) {
        this.edits = edits;
    }

    public static WordDiff of(List<String> a, List<String> b) {
        WordDiff excerpt = excerptAlignment(a, b);
        if (excerpt != null) {
            return excerpt;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> raw = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                append(raw, Op.EQUAL, a.get(i), a.get(i));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                append(raw, Op.INSERT, null, b.get(j));
                j++;
            } else {
                append(raw, Op.DELETE, a.get(i), null);
                i++;
            }
        }
        return new WordDiff(mergeReplacements(raw));
    }

    /**
     * When one version is a contiguous part of the other, or the end of one is the start of the other,
     * the diff is that alignment (a longest common subsequence could pair repeated words elsewhere).
     */
    private static WordDiff excerptAlignment(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        boolean aShorter = a.size() <= b.size();
        List<String> s = aShorter ? a : b;
        List<String> l = aShorter ? b : a;
        int at = Collections.indexOfSubList(l, s);
        if (at >= 0) {
            List<Edit> edits = new ArrayList<>();
            List<String> before = l.subList(0, at);
            List<String> after = l.subList(at + s.size(), l.size());
            Op extra = aShorter ? Op.INSERT : Op.DELETE;
            if (!before.isEmpty()) {
                edits.add(oneSided(extra, before));
            }
            edits.add(new Edit(Op.EQUAL, new ArrayList<>(s), new ArrayList<>(s)));
            if (!after.isEmpty()) {
                edits.add(oneSided(extra, after));
            }
            return new WordDiff(edits);
        }
        // the end of a is the start of b, or the other way round
        for (int k = Math.min(a.size(), b.size()) - 1; k >= 2; k--) {
            if (a.subList(a.size() - k, a.size()).equals(b.subList(0, k))) {
                return new WordDiff(List.of(oneSided(Op.DELETE, a.subList(0, a.size() - k)),
                        new Edit(Op.EQUAL, new ArrayList<>(b.subList(0, k)), new ArrayList<>(b.subList(0, k))),
                        oneSided(Op.INSERT, b.subList(k, b.size()))));
            }
            if (b.subList(b.size() - k, b.size()).equals(a.subList(0, k))) {
                return new WordDiff(List.of(oneSided(Op.INSERT, b.subList(0, b.size() - k)),
                        new Edit(Op.EQUAL, new ArrayList<>(a.subList(0, k)), new ArrayList<>(a.subList(0, k))),
                        oneSided(Op.DELETE, a.subList(k, a.size()))));
            }
        }
        return null;
    }

    private static Edit oneSided(Op op, List<String> words) {
        return op == Op.INSERT ? new Edit(op, new ArrayList<>(), new ArrayList<>(words))
                : new Edit(op, new ArrayList<>(words), new ArrayList<>());
    }

    private static void append(List<Edit> edits, Op op, String a, String b) {
        Edit last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
        if (last == null || last.op() != op) {
            last = new Edit(op, new ArrayList<>(), new ArrayList<>());
            edits.add(last);
        }
        if (a != null) {
            last.a().add(a);
        }
        if (b != null && op != Op.EQUAL) {
            last.b().add(b);
        } else if (op == Op.EQUAL) {
            last.b().add(b);
        }
    }

    /** Adjacent deletions and insertions form one replacement. */
    private static List<Edit> mergeReplacements(List<Edit> raw) {
        List<Edit> out = new ArrayList<>();
        for (Edit e : raw) {
            Edit last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (e.op() != Op.EQUAL && last != null && last.op() != Op.EQUAL) {
                List<String> a = new ArrayList<>(last.a());
                a.addAll(e.a());
                List<String> b = new ArrayList<>(last.b());
                b.addAll(e.b());
                Op op = a.isEmpty() ? Op.INSERT : b.isEmpty() ? Op.DELETE : Op.REPLACE;
                out.set(out.size() - 1, new Edit(op, a, b));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    public List<Edit> edits() {
        return edits;
    }

    /** For each word of the first version, whether the second does not share it. */
    public boolean[] changedInFirst() {
        return changed(true);
    }

    /** For each word of the second version, whether the first does not share it. */
    public boolean[] changedInSecond() {
        return changed(false);
    }

    private boolean[] changed(boolean first) {
        int n = edits.stream().mapToInt(e -> (first ? e.a() : e.b()).size()).sum();
        boolean[] out = new boolean[n];
        int k = 0;
        for (Edit e : edits) {
            int size = (first ? e.a() : e.b()).size();
            if (e.op() != Op.EQUAL) {
                java.util.Arrays.fill(out, k, k + size, true);
            }
            k += size;
        }
        return out;
    }

    /**
     * The spans of {@code text} to mark as changed: the words of {@code text} (the segmentation's, punctuation
     * left out, compared by {@code key}) that {@code other} does not share, neighbours separated only by white
     * space joined into one span. Each span is {begin, end} in {@code text}.
     */
    public static List<int[]> changedSpans(Segmentation text, Segmentation other, UnaryOperator<String> key) {
        List<Word> words = wordsOf(text);
        List<String> a = words.stream().map(w -> key.apply(w.text())).toList();
        List<String> b = wordsOf(other).stream().map(w -> key.apply(w.text())).toList();
        boolean[] changed = of(a, b).changedInFirst();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!changed[i]) {
                continue;
            }
            Word w = words.get(i);
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && i > 0 && changed[i - 1] && text.text().substring(last[1], w.begin()).isBlank()) {
                last[1] = w.end();
            } else {
                spans.add(new int[] {w.begin(), w.end()});
            }
        }
        return spans;
    }

    private static List<Word> wordsOf(Segmentation s) {
        return s.words().stream().filter(w -> !w.isPunctuation()).toList();
    }

    public boolean identical() {
        return edits.stream().allMatch(e -> e.op() == Op.EQUAL);
    }

    /** Words both versions share. */
    public int commonWords() {
        return edits.stream().filter(e -> e.op() == Op.EQUAL).mapToInt(e -> e.a().size()).sum();
    }

    /**
     * Whether the two versions are excerpts of one statement: a single shared run of words, with words
     * added only on one side before it and only on one side after it (never different words in one place).
     */
    public boolean excerpts(int minShared) {
        List<Edit> core = new ArrayList<>(edits);
        if (!core.isEmpty() && core.get(0).op() != Op.EQUAL) {
            if (core.get(0).op() == Op.REPLACE) {
                return false;
            }
            core.remove(0);
        }
        if (!core.isEmpty() && core.get(core.size() - 1).op() != Op.EQUAL) {
            if (core.get(core.size() - 1).op() == Op.REPLACE) {
                return false;
            }
            core.remove(core.size() - 1);
        }
        return core.size() == 1 && core.get(0).a().size() >= minShared;
    }

    public List<Map<String, Object>> toMaps() {
        return edits.stream().map(Edit::toMap).toList();
    }
}
