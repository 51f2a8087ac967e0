package io.concord.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.concord.api.text.Segmentation;

/**
 * Reads the direct quotations of a news text and who uttered them. Segmented text and known person mentions in,
 * quotations out; no UIMA. Thread-safe: all per-document state lives in the call.
 */
public final class QuoteReader {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Words that may follow a one-word quotation that is not a modifier of the next noun. */
    private static final Set<String> AFTER_QUOTE_OK = Set.of("and", "but", "or", "on", "in", "to", "for", "as",
            "if", "while", "when", "because", "after", "before", "about", "over", "with", "without", "by", "at",
            "from", "than", "that", "which", "who", "is", "was", "were", "are", "be", "been", "had", "has", "have",
            "would", "will", "could", "should", "might", "may", "can", "not", "so", "yet", "then", "since",
            "until", "unless", "though", "although", "whereas", "despite", "amid");

    private final QuoteSettings settings;
    private final QuoteMarkScanner scanner;

    public QuoteReader(QuoteSettings settings) {
        this.settings = settings;
        this.scanner = new QuoteMarkScanner(settings.singleMarks());
    }

    /**
     * @param segmentation the document's tokens, sentences and paragraphs
     * @param persons person mentions (canonical name and role may be null); may be empty, then names are
     *                read from capitalised words
     */
    public List<QuoteMatch> read(Segmentation segmentation, List<PersonMention> persons) {
        String text = segmentation.text();
        List<QuotedSpan> spans = scanner.scan(text, segmentation.paragraphs());
        if (spans.isEmpty()) {
            return List.of();
        }
        Discourse d = new Discourse(segmentation, spans, persons);
        SpeakerAttributor attributor = new SpeakerAttributor(d, settings.pronounLookbackSentences());
        List<QuoteMatch> out = new ArrayList<>();
        for (int q = 0; q < spans.size(); q++) {
            SpeakerAttributor.Attribution a = attributor.attribute(q);
            QuotedSpan s = spans.get(q);
            int words = countWords(text, s.begin(), s.end());
            boolean shortPhrase = words < settings.minQuoteWords();
            if (shortPhrase ? !shortQuoteStands(d, q, words, a) : !a.cued() && looksLikeTitle(text, s)) {
                continue;
            }
            SpeakerAttributor.Speaker sp = a.speaker();
            double confidence = a.certainty() * (sp == null ? 1.0 : sp.certainty());
            if (shortPhrase) {
                confidence *= 0.85;
            }
            if (!s.closed() && !continuesInNextParagraph(text, s)) {
                confidence *= 0.7;
            }
            out.add(new QuoteMatch(s.begin(), s.end(), sp == null ? null : sp.name(), a.cue(),
                    sp == null ? -1 : sp.person(), Math.round(confidence * 100) / 100.0));
        }
        return out;
    }

    /**
     * A quoted phrase shorter than the minimum is a quotation only when a reporting verb governs it, it is
     * not "so-called", and a single quoted word is not a label in front of a noun ("re-education" camps).
     */
    private static boolean shortQuoteStands(Discourse d, int q, int words, SpeakerAttributor.Attribution a) {
        if (!a.cued()) {
            // “…,” he said. “He listened.”: a sentence of its own after a quotation goes on with the speech
            return words >= 2 && isWholeSentence(d, q) && q > 0
                    && d.token(d.quoteToken[q - 1]).paragraph == d.token(d.quoteToken[q]).paragraph;
        }
        QuotedSpan span = d.quotes.get(q);
        if (looksLikeTitle(d.text, span)) {
            return false; // a name given to something: “Project Fear”
        }
        int k = d.quoteToken[q];
        Token prev = k > 0 ? d.token(k - 1) : null;
        if (prev != null && prev.isWord() && (prev.lower.equals("so-called") || prev.lower.equals("dubbed")
                || prev.lower.equals("termed") || prev.lower.equals("named") || prev.lower.equals("titled"))) {
            return false;
        }
        if (words == 1) {
            if (prev != null && prev.isWord() && LEX.DETERMINERS.contains(prev.lower)) {
                return false;
            }
            Token next = k + 1 < d.size() ? d.token(k + 1) : null;
            if (next != null && next.isWord() && !next.capitalised && next.sentence == d.token(k).sentence
                    && !AFTER_QUOTE_OK.contains(next.lower) && !LEX.isReportingVerb(next.lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quotation that is a sentence of its own: it opens a sentence outside, starts with a capital and ends
     * with a full stop, question or exclamation mark inside the marks. Scare quotes and labels do neither.
     */
    private static boolean isWholeSentence(Discourse d, int q) {
        QuotedSpan s = d.quotes.get(q);
        int k = d.quoteToken[q];
        return s.closed() && d.sentenceStart(k) == k && Character.isUpperCase(d.text.charAt(s.begin()))
                && ".!?".indexOf(d.text.charAt(s.end() - 1)) >= 0;
    }

    /** A title rather than speech: every longer word capitalised and no closing punctuation. */
    private static boolean looksLikeTitle(String text, QuotedSpan s) {
        char last = text.charAt(s.end() - 1);
        if (".,;:!?\u2026".indexOf(last) >= 0) {
            return false;
        }
        int words = 0;
        int i = s.begin();
        while (i < s.end()) {
            while (i < s.end() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < s.end() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > b) {
                words++;
                if ((i - b >= 4 || words == 1) && !Character.isUpperCase(text.charAt(b))
                        && !Character.isDigit(text.charAt(b))) {
                    return false;
                }
            }
        }
        return words > 0 && words <= 12;
    }

    private static boolean continuesInNextParagraph(String text, QuotedSpan s) {
        int i = s.close();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && "\u201C\"\u2018\u201E\u00AB'".indexOf(text.charAt(i)) >= 0;
    }

    static int countWords(String text, int begin, int end) {
        int words = 0;
        boolean in = false;
        for (int i = begin; i < end; i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                words++;
            }
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u2014') {
                in = false;
            } else if (w) {
                in = true;
            }
        }
        return words;
    }
}
