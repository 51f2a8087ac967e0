package io.concord.api.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import io.concord.api.model.DocumentRecord;
import io.concord.api.model.TextSegments;
import io.concord.types.Paragraph;
import io.concord.types.Sentence;
import io.concord.types.Token;
import org.apache.uima.cas.CAS;
import org.apache.uima.jcas.JCas;

/**
 * A document's tokens, sentences and paragraphs, read once from the CAS where the segmenter wrote them (or
 * made by a segmenter directly, in tests). Recognisers take this instead of re-reading the text with a
 * tokenizer of their own. Sentences are given as token index ranges as well as character spans.
 */
public final class Segmentation {
    private final String text;
    private final List<Word> words;
    private final int[] sentenceBegin;
    private final int[] sentenceEnd;
    private final int[] sentenceOfWord;
    private final int[] firstWordOfSentence;
    private final List<int[]> paragraphs;
    /** Found on first request; {@link #NO_DATELINE} when the text has none. */
    private volatile int[] dateline;
    /** Worked out on first use: two annotators ask for it. */
    private volatile boolean[] titleCase;
    private static final int[] NO_DATELINE = new int[0];
    /** Index sizes when this view was read from a CAS, to tell whether it still holds. */
    private int tokensRead = -1;
    private int sentencesRead = -1;
    private int paragraphsRead = -1;

    /** The view last read from each CAS (CASes are pooled and reused, so they are few). */
    private static final Map<CAS, Segmentation> READ = Collections.synchronizedMap(new WeakHashMap<>());

    /** Tokens and sentences; the whole text is one paragraph. */
    public Segmentation(String text, List<Word> words, List<int[]> sentences) {
        this(text, words, sentences, List.of());
    }

    /**
     * @param sentences character spans {@code [begin, end)} of the sentences, in order and not overlapping;
     *                  every word lies inside one of them
     * @param paragraphs character spans of the paragraphs, in order; empty when the text is one paragraph
     */
    public Segmentation(String text, List<Word> words, List<int[]> sentences, List<int[]> paragraphs) {
        this.text = text;
        this.paragraphs = paragraphs.isEmpty() && !text.isEmpty()
                ? List.of(new int[] {0, text.length()}) : List.copyOf(paragraphs);
        this.words = List.copyOf(words);
        this.sentenceBegin = new int[sentences.size()];
        this.sentenceEnd = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            sentenceBegin[i] = sentences.get(i)[0];
            sentenceEnd[i] = sentences.get(i)[1];
        }
        this.sentenceOfWord = new int[this.words.size()];
        this.firstWordOfSentence = new int[sentences.size() + 1];
        int s = 0;
        for (int w = 0; w < this.words.size(); w++) {
            int begin = this.words.get(w).begin();
            while (s < sentenceEnd.length - 1 && begin >= sentenceEnd[s]) {
                firstWordOfSentence[++s] = w;
            }
            sentenceOfWord[w] = s;
        }
        while (s < sentenceEnd.length) {
            firstWordOfSentence[++s] = this.words.size();
        }
    }

    /**
     * The tokens, sentences and paragraphs the segmenter wrote into {@code jcas} (empty if it has not run),
     * read once per document: every annotator after the segmenter gets the same instance, as long as the
     * text and the number of tokens, sentences and paragraphs are unchanged. (A component that replaces
     * tokens one for one, or changes their shape, must not rely on this view.)
     */
    /**
     * The words and sentences of a document as an exporter or a view finds it: the segmenter's tokens in
     * its CAS when it has them (a document from the pipeline), else the text segmented by {@code segmenter}
     * (a document rebuilt from exchange records, as the workbench's are); null when neither is at hand.
     *
     * @since 1.2
     */
    public static Segmentation of(JCas jcas, String text, TextSegmenter segmenter) {
        if (jcas != null && !jcas.getAnnotationIndex(Token.class).isEmpty()) {
            return of(jcas);
        }
        return segmenter == null ? null : segmenter.segment(text == null ? "" : text);
    }

    public static Segmentation of(JCas jcas) {
        String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
        int tokens = jcas.getAnnotationIndex(Token.class).size();
        int sentenceCount = jcas.getAnnotationIndex(Sentence.class).size();
        int paragraphCount = jcas.getAnnotationIndex(Paragraph.class).size();
        Segmentation cached = READ.get(jcas.getCas());
        if (cached != null && cached.text == text && cached.words.size() == tokens
                && cached.tokensRead == tokens && cached.sentencesRead == sentenceCount
                && cached.paragraphsRead == paragraphCount) {
            return cached;
        }
        Segmentation read = read(jcas, text);
        read.attachTo(jcas);
        return read;
    }

    /**
     * Makes this the view that {@link #of} returns for {@code jcas}, for a segmenter that has just written
     * exactly these tokens, sentences and paragraphs into it (so they are not read back once more).
     */
    public void attachTo(JCas jcas) {
        tokensRead = jcas.getAnnotationIndex(Token.class).size();
        sentencesRead = jcas.getAnnotationIndex(Sentence.class).size();
        paragraphsRead = jcas.getAnnotationIndex(Paragraph.class).size();
        READ.put(jcas.getCas(), this);
    }

    private static Segmentation read(JCas jcas, String text) {
        List<Word> words = new ArrayList<>();
        for (Token t : jcas.select(Token.class)) {
            words.add(new Word(t.getBegin(), t.getEnd(), text.substring(t.getBegin(), t.getEnd()), t.getShape()));
        }
        List<int[]> sentences = new ArrayList<>();
        for (Sentence s : jcas.select(Sentence.class)) {
            sentences.add(new int[] {s.getBegin(), s.getEnd()});
        }
        if (sentences.isEmpty() && !words.isEmpty()) {
            sentences.add(new int[] {0, text.length()});
        }
        List<int[]> paragraphs = new ArrayList<>();
        for (Paragraph p : jcas.select(Paragraph.class)) {
            paragraphs.add(new int[] {p.getBegin(), p.getEnd()});
        }
        return new Segmentation(text, words, sentences, paragraphs);
    }

    /**
     * The segmentation of {@code text} that {@code segments} records (as {@link #segments()} gave it): the
     * words rebuilt from their spans, without segmenting again.
     *
     * @since 1.7
     */
    public static Segmentation of(String text, TextSegments segments) {
        List<Word> words = new ArrayList<>(segments.tokenCount());
        for (int i = 0; i < segments.tokenCount(); i++) {
            String t = text.substring(segments.tokenBegin(i), segments.tokenEnd(i));
            words.add(new Word(segments.tokenBegin(i), segments.tokenEnd(i), t, Word.shapeOf(t)));
        }
        return new Segmentation(text, words, pairs(segments.sentences()), pairs(segments.paragraphs()));
    }

    /**
     * The words and sentences of a document record: those the annotators found when the record carries them
     * (a document from the pipeline), else its text segmented by {@code segmenter}; null when neither is at
     * hand.
     *
     * @since 1.7
     */
    public static Segmentation of(DocumentRecord record, TextSegmenter segmenter) {
        String text = record.text() == null ? "" : record.text();
        TextSegments segments = record.segments();
        if (segments != null && segments.fit(text.length())) {
            return of(text, segments);
        }
        return segmenter == null ? null : segmenter.segment(text);
    }

    /**
     * Where the tokens, sentences and paragraphs are, compactly, for a record to carry.
     *
     * @since 1.7
     */
    public TextSegments segments() {
        int[] tokens = new int[2 * words.size()];
        for (int i = 0; i < words.size(); i++) {
            tokens[2 * i] = words.get(i).begin();
            tokens[2 * i + 1] = words.get(i).end();
        }
        int[] sentences = new int[2 * sentenceBegin.length];
        for (int i = 0; i < sentenceBegin.length; i++) {
            sentences[2 * i] = sentenceBegin[i];
            sentences[2 * i + 1] = sentenceEnd[i];
        }
        int[] blocks = new int[2 * paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks[2 * i] = paragraphs.get(i)[0];
            blocks[2 * i + 1] = paragraphs.get(i)[1];
        }
        return new TextSegments(tokens, sentences, blocks);
    }

    private static List<int[]> pairs(int[] flat) {
        List<int[]> out = new ArrayList<>(flat.length / 2);
        for (int i = 0; i + 1 < flat.length; i += 2) {
            out.add(new int[] {flat[i], flat[i + 1]});
        }
        return out;
    }

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    public int sentenceCount() {
        return sentenceBegin.length;
    }

    public int sentenceBegin(int sentence) {
        return sentenceBegin[sentence];
    }

    public int sentenceEnd(int sentence) {
        return sentenceEnd[sentence];
    }

    /** Index of the sentence that holds word {@code w}. */
    public int sentenceOf(int w) {
        return sentenceOfWord[w];
    }

    /** Index of the first word of {@code sentence}; {@code firstWord(s + 1)} is one past its last word. */
    public int firstWord(int sentence) {
        return firstWordOfSentence[sentence];
    }

    /** Whether word {@code w} is the first of its sentence. */
    public boolean startsSentence(int w) {
        return firstWordOfSentence[sentenceOfWord[w]] == w;
    }

    /** Character spans {@code [begin, end)} of the paragraphs, in order (callers must not modify them). */
    public List<int[]> paragraphs() {
        return paragraphs;
    }

    /**
     * The story's dateline as {begin, end} in characters, or null (see {@link Dateline}).
     *
     * @since 1.3
     */
    public int[] dateline() {
        int[] d = dateline;
        if (d == null) {
            int[] found = Dateline.of(this);
            d = found == null ? NO_DATELINE : found;
            dateline = d;
        }
        return d == NO_DATELINE ? null : d.clone();
    }

    /** For each word, whether its line is in title case (see {@link TitleCaseLines}); shared, not to be changed. */
    boolean[] titleCaseWords() {
        boolean[] t = titleCase;
        if (t == null) {
            t = TitleCaseLines.read(this);
            titleCase = t;
        }
        return t;
    }

    /** Index of the sentence that holds character {@code offset}, or -1 if it lies between sentences. */
    public int sentenceAt(int offset) {
        int i = Arrays.binarySearch(sentenceBegin, offset);
        int s = i >= 0 ? i : -i - 2;
        return s >= 0 && offset < sentenceEnd[s] ? s : -1;
    }

    /** Index of the sentence that holds {@code offset}, or of the last one before it; -1 before the first. */
    public int sentenceAtOrBefore(int offset) {
        int i = Arrays.binarySearch(sentenceBegin, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Index of the first word that ends after {@code offset} (words.size() if none). */
    public int wordAt(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
