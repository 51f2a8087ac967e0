package io.concord.annotator.quotes;

import io.concord.annotator.quotes.SpeakerAttributor.Attribution;
import io.concord.annotator.quotes.SpeakerAttributor.Speaker;

/**
 * Looks for the speaker of a quotation without a reporting verb in its sentence: the continued speech of an
 * open quotation, the previous quotation's speaker, or the reporter or subject of the preceding sentence.
 * Uncued, so less certain.
 */
final class ContextSpeakerSearch {
    private final Discourse d;
    private final ReportingCues cues;
    private final ClauseSubjects clauses;
    private final SpeakerResolver resolver;
    private final CueSpeakerFinder speakers;

    ContextSpeakerSearch(Discourse d, ReportingCues cues, ClauseSubjects clauses, SpeakerResolver resolver,
            CueSpeakerFinder speakers) {
        this.d = d;
        this.cues = cues;
        this.clauses = clauses;
        this.resolver = resolver;
        this.speakers = speakers;
    }

    /** {@code previous}: the attribution of quotation {@code q - 1}, or null for the first. */
    Attribution fromContext(int q, int k, Attribution previous) {
        int sentence = d.token(k).sentence;
        int prevQuoteToken = q > 0 ? d.quoteToken[q - 1] : -1;
        // a quotation continued from an open one in the previous paragraph
        if (previous != null && !d.quotes.get(q - 1).closed()
                && d.token(prevQuoteToken).paragraph + 1 >= d.token(k).paragraph && d.sentenceStart(k) == k) {
            return inherit(previous, 0.75);
        }
        Attribution about = aboutTheOnePerson(k);
        if (about != null) {
            return about;
        }
        if (sentence == 0) {
            return Attribution.NONE;
        }
        Attribution introduced = introducedByColon(k);
        if (introduced != null) {
            return introduced;
        }
        int ps = sentence - 1;
        int pStart = d.sentenceStartOf(ps);
        int pEnd = d.sentenceEndOf(ps);
        if (d.token(k).paragraph - d.token(pStart).paragraph > 1) {
            return Attribution.NONE;
        }
        // "He said:" followed by the quotation
        boolean colon = d.token(pEnd - 1).isPunct(':');
        if (prevQuoteToken >= pStart && prevQuoteToken < pEnd && previous != null && previous.speaker() != null) {
            return inherit(previous, 0.7);
        }
        for (int i = pEnd - 1; i >= Math.max(pStart, pEnd - SpeakerAttributor.MAX_REACH); i--) {
            if (cues.isCue(i) && !cues.according(i)) {
                Speaker sp = speakers.subjectOf(i, 0);
                if (sp != null) {
                    return new Attribution(sp, cues.cueText(i), false, colon ? 0.75 : 0.55);
                }
            }
        }
        Mention subject = clauses.mainSubject(pStart, pEnd, true);
        if (subject != null) {
            Speaker sp = resolver.resolve(subject, 0);
            if (sp != null) {
                return new Attribution(sp, null, false, 0.5);
            }
        }
        if (previous != null && previous.speaker() != null
                && d.token(prevQuoteToken).paragraph == d.token(k).paragraph) {
            return inherit(previous, 0.6);
        }
        return Attribution.NONE;
    }

    /**
     * "A note pinned to the door reads: “…”", "Smith was blunt: “…”": a quotation that a colon introduces in
     * mid-sentence belongs to that sentence; its subject speaks, and if no one is named there the text does
     * not say who, whoever spoke before.
     */
    private Attribution introducedByColon(int k) {
        int start = d.sentenceStart(k);
        if (k - 1 <= start || !d.token(k - 1).isPunct(':')) {
            return null;
        }
        Mention subject = clauses.mainSubject(start, k, true);
        Speaker sp = subject == null || subject.kind == Mention.Kind.PRONOUN ? null : resolver.resolve(subject, 0);
        if (subject != null && subject.kind == Mention.Kind.PRONOUN) {
            return null; // "He was blunt: “…”": the pronoun's antecedent is found as for any other sentence
        }
        return new Attribution(sp, null, false, 0.55);
    }

    /**
     * "X, 52, who drove her goats out with the smoke “already over the ridge”": words quoted in mid-sentence, with no
     * reporting verb, in a sentence about one person the people annotator named, are that person's.
     */
    private Attribution aboutTheOnePerson(int k) {
        int start = d.sentenceStart(k);
        if (k <= start || d.token(k - 1).isPunct(':')) {
            return null;
        }
        Mention person = null;
        for (int i = start; i < k; i++) {
            if (cues.isCue(i)) {
                return null;
            }
            Mention m = d.startingAt(i);
            if (m == null) {
                continue;
            }
            if (m.kind == Mention.Kind.PERSON) {
                if (person != null && !person.canonical.equals(m.canonical)) {
                    return null;
                }
                person = m;
            }
            i = m.last;
        }
        return person == null ? null : new Attribution(resolver.resolve(person, 0), null, false, 0.5);
    }

    private static Attribution inherit(Attribution previous, double certainty) {
        return new Attribution(previous.speaker(), previous.cue(), false, certainty);
    }
}
