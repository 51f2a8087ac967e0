package io.concord.annotator.quotes;

import io.concord.annotator.quotes.SpeakerAttributor.Attribution;

/**
 * Questions and answers printed as bare quotation paragraphs (an interview, a cross-examination): once two
 * speakers have each been named for one turn, an unattributed turn goes to the speaker before the last, not
 * to the last one. A question mark in the exchange is the evidence that it is one; a speech that merely runs
 * over several paragraphs has none.
 */
final class AlternatingExchange {
    private final Discourse d;

    AlternatingExchange(Discourse d) {
        this.d = d;
    }

    /** The turn of quotation {@code q} given the attributions made so far, or null when it is no turn. */
    Attribution turn(int q, Attribution[] done) {
        if (q < 2 || !bareParagraph(q) || !opensParagraph(q - 1) || !opensParagraph(q - 2)) {
            return null;
        }
        int p = paragraph(q);
        if (paragraph(q - 1) != p - 1 || paragraph(q - 2) != p - 2) {
            return null;
        }
        Attribution last = done[q - 1];
        Attribution before = done[q - 2];
        if (last == null || before == null || last.speaker() == null || before.speaker() == null
                || last.speaker().name().equals(before.speaker().name())) {
            return null;
        }
        if (!question(q) && !question(q - 1) && !question(q - 2)) {
            return null;
        }
        return new Attribution(before.speaker(), before.cue(), false, 0.6);
    }

    private int paragraph(int q) {
        return d.token(d.quoteToken[q]).paragraph;
    }

    private boolean opensParagraph(int q) {
        int k = d.quoteToken[q];
        return k == 0 || d.token(k - 1).paragraph != d.token(k).paragraph;
    }

    /** The quotation is its paragraph's only token. */
    private boolean bareParagraph(int q) {
        int k = d.quoteToken[q];
        return opensParagraph(q) && (k + 1 >= d.size() || d.token(k + 1).paragraph != d.token(k).paragraph);
    }

    private boolean question(int q) {
        QuotedSpan s = d.quotes.get(q);
        return s.end() > s.begin() && d.text.charAt(s.end() - 1) == '?';
    }
}
