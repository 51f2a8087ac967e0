package io.concord.annotator.quotes;

import java.util.Set;

import io.concord.annotator.quotes.SpeakerAttributor.Attribution;
import io.concord.annotator.quotes.SpeakerAttributor.Speaker;

/**
 * Looks for a quotation's speaker in the quotation's own sentence: a reporting clause right after it, the
 * nearest reporting verb before it, or a later "according to X" or ", X said". These are the cued
 * attributions, the surest ones.
 */
final class SentenceSpeakerSearch {
    private final Discourse d;
    private final ReportingCues cues;
    private final NounPhrases phrases;
    private final SpeakerResolver resolver;
    private final CueSpeakerFinder speakers;

    SentenceSpeakerSearch(Discourse d, ReportingCues cues, NounPhrases phrases, SpeakerResolver resolver,
            CueSpeakerFinder speakers) {
        this.d = d;
        this.cues = cues;
        this.phrases = phrases;
        this.resolver = resolver;
        this.speakers = speakers;
    }

    /** “…,” he said / “…,” said the minister / “…,” according to X. */
    Attribution immediatelyAfter(int k) {
        QuotedSpan s = d.quotes.get(d.token(k).quote);
        int j = k + 1;
        if (j >= d.size()) {
            return null;
        }
        boolean comma = d.token(j).isPunct(',');
        if (comma) {
            j++;
        }
        if (j >= d.size() || d.token(j).paragraph != d.token(k).paragraph) {
            return null;
        }
        Token t = d.token(j);
        char last = d.text.charAt(s.end() - 1);
        boolean open = comma || ",?!\u2026\u2014\u2013-:".indexOf(last) >= 0 || (t.isWord() && !t.capitalised);
        if (!open || !s.closed()) {
            return null;
        }
        // inversion: "…,” said the minister; a participle ("…,” asserting that …) shares the clause subject
        if (cues.isCue(j) && !d.token(j).lower.endsWith("ing") && !cues.takesAddressee(j)) {
            Speaker sp = cues.according(j) ? speakers.npAfter(j + 2) : speakers.npAfter(j + 1);
            if (sp != null) {
                return new Attribution(sp, cues.cueText(j), true, 0.95);
            }
        }
        int[] end = new int[1];
        Mention m = phrases.npFrom(j, end);
        int v0 = cues.skipFillersForward(end[0]);
        if (m == null && end[0] > j && v0 < d.size() && cues.isCue(v0) && !cues.according(v0)) {
            return new Attribution(null, cues.cueText(v0), true, 0.9); // “…,” a senior official said
        }
        if ((m == null || !m.isPersonLike()) && end[0] > j && v0 < d.size() && d.token(v0).isPunct(',')) {
            // “…,” its founder, X, said: the apposition names the speaker of a common-noun head
            Mention named = appositionBeforeCue(v0);
            if (named != null) {
                return new Attribution(resolver.resolve(named, 0), cues.cueText(phrases.afterApposition(v0)), true,
                        0.95);
            }
        }
        if (m != null) {
            int v = cues.skipFillersForward(end[0]);
            if (v < d.size() && d.token(v).isPunct(',')) {
                int opening = v;
                v = phrases.afterApposition(v);
                Mention named = v < 0 || m.isPersonLike() ? null
                        : phrases.appositionPerson(opening + 1, phrases.closingComma(opening));
                if (named != null) {
                    m = named;
                }
            }
            if (v >= 0 && v < d.size() && cues.isCue(v) && !cues.according(v)) {
                return new Attribution(resolver.resolve(m, 0), cues.cueText(v), true, 0.95);
            }
        }
        return null;
    }

    /** The person an apposition opened at {@code comma} consists of, when a reporting verb follows it. */
    private Mention appositionBeforeCue(int comma) {
        int v = phrases.afterApposition(comma);
        if (v < 0 || v >= d.size() || !cues.isCue(v) || cues.according(v)) {
            return null;
        }
        return phrases.appositionPerson(comma + 1, phrases.closingComma(comma));
    }

    /** The nearest reporting verb before the quotation in its clause, and its subject. */
    Attribution before(int k) {
        int start = Math.max(d.sentenceStart(k), k - SpeakerAttributor.MAX_REACH);
        for (int i = k - 1; i >= start; i--) {
            Token t = d.token(i);
            if (t.isPunct(';')) {
                break;
            }
            if (!cues.isCue(i) || futureUnderEarlierCue(i, start)) {
                continue;
            }
            if (cues.according(i)) {
                return new Attribution(speakers.npAfter(i + 2), "according to", true, 0.85);
            }
            Speaker sp = speakers.subjectOf(i, 0);
            if (sp == null) {
                sp = speakers.passiveAgent(i, k);
            }
            return new Attribution(sp, cues.cueText(i), true, 0.9);
        }
        return null;
    }

    /** Modal verbs that put a reporting verb in the future: nothing has been said with it yet. */
    private static final Set<String> MODALS = Set.of("would", "will", "could", "may", "might",
            "should", "shall");

    /**
     * "X said Oslo would announce the cuts “before the summer”": a reporting verb after a modal, with another
     * reporting verb before it in the clause, reports what is yet to be said; the earlier verb's speaker spoke.
     */
    private boolean futureUnderEarlierCue(int i, int start) {
        if (i - 1 < start || !MODALS.contains(d.token(i - 1).lower)) {
            return false;
        }
        for (int e = i - 2; e >= start; e--) {
            if (d.token(e).isPunct(';') || d.token(e).kind == Token.Kind.QUOTE) {
                return false;
            }
            if (cues.isCue(e) && !cues.according(e)) {
                return true;
            }
        }
        return false;
    }

    /** "…, according to X" or ", X said" later in the quotation's sentence. */
    Attribution laterInSentence(int k) {
        int end = Math.min(d.sentenceEnd(k), k + SpeakerAttributor.MAX_REACH);
        for (int i = k + 1; i < end; i++) {
            Token t = d.token(i);
            if (t.kind == Token.Kind.QUOTE || t.isPunct(';')) {
                return null;
            }
            if (cues.isCue(i) && cues.according(i)) {
                return new Attribution(speakers.npAfter(i + 2), "according to", true, 0.85);
            }
            if (!t.isPunct(',') && !t.isPunct('\u2014') && !t.isPunct(':')) {
                continue;
            }
            int j = i + 1;
            if (j < end && cues.isCue(j) && !cues.according(j) && !cues.takesAddressee(j)) {
                Speaker sp = speakers.npAfter(j + 1);
                if (sp != null) {
                    return new Attribution(sp, cues.cueText(j), true, 0.85);
                }
            }
            int[] npEnd = new int[1];
            Mention m = j < end ? phrases.npFrom(j, npEnd) : null;
            int v = j < end ? cues.skipFillersForward(npEnd[0]) : end;
            if (v < end && v > j && cues.isCue(v) && !cues.according(v)) {
                return new Attribution(m == null ? null : resolver.resolve(m, 0), cues.cueText(v), true, 0.85);
            }
            // ", its chairman, X, told …": the person closing an apposition is the subject of the verb after it
            if (m != null && m.isPersonLike() && v < end && v > j && d.token(v).isPunct(',')) {
                int after = cues.skipFillersForward(v + 1);
                if (after < end && cues.isCue(after) && !cues.according(after)) {
                    return new Attribution(resolver.resolve(m, 0), cues.cueText(after), true, 0.85);
                }
            }
        }
        return null;
    }
}
