package io.concord.annotator.quotes;

/**
 * A quotation: content span without the marks, speaker (canonical name, or null when the text does not
 * say), reporting verb (or null), the index of the person mention the speaker was resolved from (or -1),
 * and a confidence in [0,1].
 */
public record QuoteMatch(int begin, int end, String speaker, String cue, int speakerMention, double confidence) {
}
