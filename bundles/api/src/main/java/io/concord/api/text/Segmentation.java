package io.concord.api.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.concord.types.Sentence;
import io.concord.types.Token;
import org.apache.uima.jcas.JCas;

/**
 * A document's tokens and sentences, read once from the CAS where the segmenter wrote them (or made by a
 * segmenter directly, in tests). Recognisers take this instead of re-reading the text with a tokenizer of
 * their own. Sentences are given as token index ranges as well as character spans.
 */
public final class Segmentation {
    private final String text;
    private final List<Word> words;
    private final int[] sentenceBegin;
    private final int[] sentenceEnd;
    private final int[] sentenceOfWord;
    private final int[] firstWordOfSentence;

    /**
     * @param sentences character spans {@code [begin, end)} of the sentences, in order and not overlapping;
     *                  every word lies inside one of them
     */
    public Segmentation(String text, List<Word> words, List<int[]> sentences) {
        this.text = text;
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

    /** The tokens and sentences the segmenter wrote into {@code jcas}; empty lists if it has not run. */
    public static Segmentation of(JCas jcas) {
        String text = jcas.getDocumentText() == null ? "" : jcas.getDocumentText();
        List<Word> words = new ArrayList<>();
        for (Token t : jcas.select(Token.class)) {
            words.add(new Word(t.getBegin(), t.getEnd(), t.getCoveredText(), t.getShape(), t.getPos()));
        }
        List<int[]> sentences = new ArrayList<>();
        for (Sentence s : jcas.select(Sentence.class)) {
            sentences.add(new int[] {s.getBegin(), s.getEnd()});
        }
        if (sentences.isEmpty() && !words.isEmpty()) {
            sentences.add(new int[] {0, text.length()});
        }
        return new Segmentation(text, words, sentences);
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

    /** Index of the sentence that holds character {@code offset}, or -1 if it lies between sentences. */
    public int sentenceAt(int offset) {
        int i = Arrays.binarySearch(sentenceBegin, offset);
        int s = i >= 0 ? i : -i - 2;
        return s >= 0 && offset < sentenceEnd[s] ? s : -1;
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
