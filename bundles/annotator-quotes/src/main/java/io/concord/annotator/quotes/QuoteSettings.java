package io.concord.annotator.quotes;

/**
 * Tunable settings of the quote reader.
 *
 * @param minQuoteWords quotations shorter than this need a reporting verb in their sentence, otherwise
 *                      they are taken for scare quotes or labels ("re-education" camps)
 * @param pronounLookbackSentences how many sentences back a pronoun ("he said") looks for its person
 * @param singleMarks whether ‘…’ counts as quotation marks (British style) besides “…” and "…"
 */
public record QuoteSettings(int minQuoteWords, int pronounLookbackSentences, boolean singleMarks) {
    public static final QuoteSettings DEFAULTS = new QuoteSettings(3, 3, true);

    public QuoteSettings {
        if (minQuoteWords < 1 || pronounLookbackSentences < 0) {
            throw new IllegalArgumentException("minQuoteWords >= 1 and pronounLookbackSentences >= 0 required");
        }
    }
}
