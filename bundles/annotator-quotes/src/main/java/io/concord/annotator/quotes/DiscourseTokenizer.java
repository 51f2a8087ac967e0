package io.concord.annotator.quotes;

import java.util.List;
import java.util.Set;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * Reads the segmenter's words, sentences and paragraphs into a {@link Discourse}'s tokens: each quotation one
 * token, words joined across inner joiners, and the sentence of every token. Also notes which words are
 * capitalised inside a sentence, the evidence that a sentence-initial capital is a name.
 */
final class DiscourseTokenizer {
    private final String text;
    private final List<QuotedSpan> quotes;
    private final List<Token> tokens;
    private final int[] quoteToken;
    private final List<Integer> sentenceStarts;
    private final Set<String> capitalisedMidSentence;

    DiscourseTokenizer(Discourse d) {
        this.text = d.text;
        this.quotes = d.quotes;
        this.tokens = d.tokens;
        this.quoteToken = d.quoteToken;
        this.sentenceStarts = d.sentenceStarts;
        this.capitalisedMidSentence = d.capitalisedMidSentence;
    }

    /** Fills the tokens, the quotation tokens and the sentence starts, in that order. */
    void read(Segmentation segmentation) {
        tokenize(segmentation);
        splitSentences(segmentation);
    }

    /**
     * The segmenter's tokens as the attribution rules read them: each quotation one token, and words joined
     * across inner apostrophes, hyphens, dots and ampersands ({@code al-Masri}, {@code AT&T}) with a
     * possessive {@code ’s} kept on its word (the token records it).
     */
    private void tokenize(Segmentation segmentation) {
        List<Word> words = segmentation.words();
        List<int[]> paragraphs = segmentation.paragraphs();
        int q = 0;
        int paragraph = 0;
        int i = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            while (paragraph + 1 < paragraphs.size() && w.begin() >= paragraphs.get(paragraph + 1)[0]) {
                paragraph++;
            }
            while (q < quotes.size() && quotes.get(q).close() <= w.begin()) {
                q++; // a quotation with no token inside (empty marks) stands nowhere
            }
            if (q < quotes.size() && w.begin() >= quotes.get(q).open()) {
                QuotedSpan s = quotes.get(q);
                quoteToken[q] = tokens.size();
                tokens.add(new Token(s.open(), s.close(), Token.Kind.QUOTE, text.substring(s.begin(), s.end()), q,
                        paragraph));
                while (i < words.size() && words.get(i).begin() < s.close()) {
                    i++;
                }
                q++;
                continue;
            }
            if (w.isWord() || w.isAbbreviation() || w.isNumber()) {
                int last = i;
                while (joins(words, last)) {
                    last += words.get(last + 1).text().length() > 1 && isPossessive(words.get(last + 1)) ? 1 : 2;
                }
                int end = words.get(last).end();
                tokens.add(new Token(w.begin(), end, Token.Kind.WORD, text.substring(w.begin(), end), -1, paragraph));
                i = last + 1;
            } else {
                tokens.add(new Token(w.begin(), w.end(), Token.Kind.PUNCT, w.text(), -1, paragraph));
                i++;
            }
        }
        for (int k = q; k < quotes.size(); k++) {
            // quotations after the last token (text ends inside one) still get their token
            QuotedSpan s = quotes.get(k);
            quoteToken[k] = tokens.size();
            tokens.add(new Token(s.open(), s.close(), Token.Kind.QUOTE, text.substring(s.begin(), s.end()), k, paragraph));
        }
    }

    /** Whether word {@code k} goes on with the next: a possessive, or a joiner and a word, with no space between. */
    private boolean joins(List<Word> words, int k) {
        if (k + 1 >= words.size() || words.get(k + 1).begin() != words.get(k).end()) {
            return false;
        }
        Word next = words.get(k + 1);
        if (isPossessive(next) && next.text().length() > 1) {
            return !quoteStartsAt(next.begin());
        }
        if (next.length() != 1 || "\u2019'-.&".indexOf(next.text().charAt(0)) < 0 || k + 2 >= words.size()) {
            return false;
        }
        Word after = words.get(k + 2);
        return after.begin() == next.end() && Character.isLetterOrDigit(after.text().charAt(0))
                && !quoteStartsAt(next.begin());
    }

    private static boolean isPossessive(Word w) {
        String t = w.text();
        return t.length() == 2 && (t.charAt(0) == '\u2019' || t.charAt(0) == '\'') && (t.charAt(1) == 's' || t.charAt(1) == 'S');
    }

    private boolean quoteStartsAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int open = quotes.get(mid).open();
            if (open == offset) {
                return true;
            }
            if (open < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    /**
     * A token starts a sentence where the segmenter starts one (a quotation is one token, so no sentence
     * ends inside it) or where a paragraph starts.
     */
    private void splitSentences(Segmentation segmentation) {
        int sentence = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean starts = i == 0 || t.paragraph != tokens.get(i - 1).paragraph
                    || segmentation.sentenceAt(t.begin) != segmentation.sentenceAt(tokens.get(i - 1).end - 1);
            if (starts) {
                sentence++;
                sentenceStarts.add(i);
            } else if (t.capitalised) {
                capitalisedMidSentence.add(t.lower);
            }
            t.sentence = sentence;
        }
    }
}
