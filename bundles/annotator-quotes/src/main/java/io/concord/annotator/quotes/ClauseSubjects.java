package io.concord.annotator.quotes;

import java.util.Set;

/**
 * Where a mention stands in its clause, read without resolving anyone: whether it is in subject position or
 * part of a coordination, the main subject of a stretch of text, and the subject standing in front of a
 * prepositional modifier ("Officials in the capital said") or behind an unnamed one ("a senior official").
 */
final class ClauseSubjects {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Prepositions that attach a place, employer or source to a speaker ("officials in Kyiv", "quoted by X"). */
    private static final Set<String> PP_OF_SPEAKER = Set.of("in", "from", "at", "of", "for", "by");

    private final Discourse d;
    private final ReportingCues cues;
    private final NounPhrases phrases;

    ClauseSubjects(Discourse d, ReportingCues cues, NounPhrases phrases) {
        this.d = d;
        this.cues = cues;
        this.phrases = phrases;
    }

    /**
     * A mention is in subject position when what precedes its noun phrase starts a clause: the sentence
     * start, punctuation, a quotation, or a conjunction; not a preposition or a verb.
     */
    boolean subjectPosition(Mention m) {
        int start = d.sentenceStart(m.first);
        int p = m.first - 1;
        while (p >= start && phrases.npInternal(p)) {
            p--;
        }
        if (p < start) {
            return true;
        }
        Token t = d.token(p);
        if (t.kind != Token.Kind.WORD) {
            return true;
        }
        return LEX.CLAUSE_OPENERS.contains(t.lower) && !t.is("and") || t.is("and") && d.endingAt(p - 1) == null;
    }

    /** "Ruiz and Hale": either member of a coordination of mentions. */
    boolean coordinated(Mention m) {
        int p = m.first - 1;
        while (p >= 0 && phrases.npInternal(p)) {
            p--;
        }
        if (p > 0 && (d.token(p).is("and") || d.token(p).is("or")) && d.endingAt(p - 1) != null) {
            return true;
        }
        int n = m.last + 1;
        if (n + 1 < d.size() && (d.token(n).is("and") || d.token(n).is("or") || d.token(n).isPunct('&'))) {
            int k = n + 1;
            while (k < d.size() && phrases.npInternal(k) && d.mentionAt[k] == null) {
                k++;
            }
            Mention other = d.startingAt(k);
            return other != null && other.kind != Mention.Kind.PRONOUN;
        }
        return false;
    }

    /** The first mention in subject position in [from, to), outside coordinations. */
    Mention mainSubject(int from, int to, boolean speakersOnly) {
        for (int i = from; i < Math.min(to, from + SpeakerAttributor.MAX_REACH); i++) {
            Mention m = d.startingAt(i);
            if (m == null || (speakersOnly && m.kind == Mention.Kind.PRONOUN && m.canonical.equals("it"))) {
                continue;
            }
            if (d.token(m.last).possessive) {
                continue;
            }
            if (subjectPosition(m) && !coordinated(m)) {
                return m;
            }
        }
        return null;
    }

    /** A mention inside a prepositional phrase of place or belonging ("in Kyiv", "of the agency"). */
    boolean inPrepositionalPhrase(Mention m, int start) {
        int p = m.first - 1;
        while (p >= start && d.token(p).isWord() && NounPhrases.NP_DETERMINERS.contains(d.token(p).lower)) {
            p--;
        }
        return p >= start && d.token(p).isWord() && PP_OF_SPEAKER.contains(d.token(p).lower);
    }

    /**
     * The subject in front of a prepositional modifier ("Officials in the capital said", "Ruiz at a forum in
     * Madrid said"): going back over the modifier, a mention directly followed by a preposition and in
     * subject position. Anything else (another verb, a clause boundary) means the subject is unnamed.
     */
    Mention subjectFurtherBack(int from, int start) {
        int plainWords = 0;
        for (int j = from; j >= start && from - j <= 10; j--) {
            Token t = d.token(j);
            if (!t.isWord() || cues.isCue(j) || LEX.CLAUSE_OPENERS.contains(t.lower) || t.is("who") || t.is("which")) {
                return null;
            }
            Mention x = d.endingAt(j);
            if (x == null) {
                boolean function = LEX.PREPOSITIONS.contains(t.lower) || LEX.DETERMINERS.contains(t.lower);
                plainWords = function ? 0 : plainWords + 1;
                if (plainWords > 3) {
                    return null;
                }
                continue;
            }
            Token after = x.last + 1 < d.size() ? d.token(x.last + 1) : null;
            if (after != null && after.isWord() && LEX.PREPOSITIONS.contains(after.lower) && subjectPosition(x)
                    && !d.token(x.last).possessive) {
                return x;
            }
            if (!inPrepositionalPhrase(x, start)) {
                return null;
            }
            plainWords = 0;
            j = x.first;
        }
        return null;
    }

    /**
     * A lower-case content word right before the verb: its subject is a common noun phrase ("a senior
     * official said"), which names nobody unless a named head precedes a modifier ("officials in the capital").
     */
    boolean unnamedSubject(int i) {
        Token t = d.token(i);
        return t.isWord() && !t.capitalised && d.mentionAt[i] == null && !LEX.CLAUSE_OPENERS.contains(t.lower)
                && !LEX.PREPOSITIONS.contains(t.lower) && !t.is("who") && !t.is("which") && !t.is("to")
                && !t.is("not") && !cues.isCue(i) && !t.lower.endsWith("ing") && !t.lower.endsWith("ed")
                && !Character.isDigit(t.text.charAt(0));
    }
}
