package io.concord.annotator.quotes;

import java.util.Set;

import io.concord.annotator.quotes.SpeakerAttributor.Attribution;
import io.concord.annotator.quotes.SpeakerAttributor.Speaker;

/**
 * A quotation standing as a sentence of its own whose speaker the next sentence names while pointing back
 * at it: "“…” That is how Ines Varga, a teacher, described the night." / "“…” That was the view of X."
 * The feature style puts the words first and the speaker after.
 */
final class FollowingSentenceSpeaker {
    /** Demonstratives that open a sentence about the words just quoted. */
    private static final Set<String> POINTERS = Set.of("that", "this", "those", "these", "such");
    /** Tokens of the next sentence searched for the speaker. */
    private static final int REACH = 20;

    private final Discourse d;
    private final SpeakerResolver resolver;

    FollowingSentenceSpeaker(Discourse d, SpeakerResolver resolver) {
        this.d = d;
        this.resolver = resolver;
    }

    /** The speaker the next sentence names, or null. */
    Attribution after(int k) {
        int end = d.sentenceEnd(k);
        if (d.sentenceStart(k) != k || end - k > 2 || end >= d.size()) {
            return null; // the quotation (and perhaps its full stop) must be the whole sentence
        }
        Token opener = d.token(end);
        if (!opener.isWord() || !POINTERS.contains(opener.lower) || opener.paragraph != d.token(k).paragraph) {
            return null;
        }
        int stop = Math.min(d.sentenceEnd(end), end + REACH);
        for (int i = end + 1; i < stop; i++) {
            Mention m = d.startingAt(i);
            if (m != null && m.isPersonLike()) {
                Speaker sp = resolver.resolve(m, 0);
                return sp == null ? null : new Attribution(sp, null, false, 0.7);
            }
        }
        return null;
    }
}
