package io.concord.annotator.quotes;

import io.concord.annotator.quotes.SpeakerAttributor.Speaker;

/**
 * The speaker a reporting verb names: its subject before it (past fillers, prepositional modifiers,
 * appositions and relative pronouns, or shared with an earlier verb of the clause), the noun phrase after
 * it ("said the minister", "according to X"), or the agent of a passive ("described by X").
 */
final class CueSpeakerFinder {
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private final Discourse d;
    private final ReportingCues cues;
    private final NounPhrases phrases;
    private final ClauseSubjects clauses;
    private final SpeakerResolver resolver;

    CueSpeakerFinder(Discourse d, ReportingCues cues, NounPhrases phrases, ClauseSubjects clauses,
            SpeakerResolver resolver) {
        this.d = d;
        this.cues = cues;
        this.phrases = phrases;
        this.clauses = clauses;
        this.resolver = resolver;
    }

    /** The subject of the reporting verb at {@code c}, resolved to a speaker. */
    Speaker subjectOf(int c, int depth) {
        if (depth > SpeakerAttributor.MAX_DEPTH) {
            return null;
        }
        int start = d.sentenceStart(c);
        int i = cues.skipFillersBackward(c - 1, start);
        if (i < start) {
            return clauseSubject(c, depth);
        }
        Mention m = d.endingAt(i);
        if (m != null) {
            if (!clauses.inPrepositionalPhrase(m, start)) {
                return resolver.resolve(m, depth);
            }
            // "Officials in Kyiv said", "Ruiz at a forum in Madrid said": the subject stands further back;
            // "the head of the agency said": nobody named
            Mention subject = clauses.subjectFurtherBack(m.first - 1, start);
            return subject == null ? null : resolver.resolve(subject, depth);
        }
        Token t = d.token(i);
        if ((t.is("who") || t.is("which")) && i - 1 >= start) {
            int j = d.token(i - 1).isPunct(',') ? i - 2 : i - 1;
            Mention antecedent = d.endingAt(j);
            return antecedent != null ? resolver.resolve(antecedent, depth) : clauseSubject(c, depth);
        }
        if (t.isPunct(',') && d.token(c).lower.endsWith("ing")) {
            // "X, from the opposition Y, voted against, arguing …": a participle shares its clause's subject
            return clauseSubject(c, depth);
        }
        if (t.isPunct(',') || t.isPunct('\u2014') || t.isPunct(')')) {
            Mention appositive = phrases.beforeApposition(i, start);
            if (appositive != null) {
                return resolver.resolve(appositive, depth);
            }
        }
        if (PronounTitleFinder.SPOKESPEOPLE.contains(t.lower) && d.endingAt(i - 1) != null
                && d.token(i - 1).possessive) {
            return resolver.resolve(d.endingAt(i - 1), depth); // "Ruiz’s spokesman said": speaks for Ruiz
        }
        if (clauses.unnamedSubject(i)) {
            // "officials in the capital said" names a body; "a senior official said" names nobody
            Mention subject = clauses.subjectFurtherBack(i, start);
            return subject == null ? null : resolver.resolve(subject, depth);
        }
        return clauseSubject(c, depth);
    }

    /**
     * The subject shared by a verb without its own ("… and accused the minister", "…, emphasizing", "to call on"):
     * the subject of the previous reporting verb in the sentence, else the sentence's main subject.
     */
    private Speaker clauseSubject(int c, int depth) {
        int start = Math.max(d.sentenceStart(c), c - SpeakerAttributor.MAX_REACH);
        for (int i = c - 1; i >= start; i--) {
            if (cues.isCue(i) && !cues.according(i)) {
                Speaker sp = subjectOf(i, depth + 1);
                if (sp != null) {
                    return sp;
                }
            }
        }
        Mention m = clauses.mainSubject(start, c, false);
        return m == null ? null : resolver.resolve(m, depth + 1);
    }

    /** "was described by X as …": the agent of a passive reporting verb. */
    Speaker passiveAgent(int c, int limit) {
        int j = c + 1;
        if (j < limit && d.token(j).is("by")) {
            return npAfter(j + 1);
        }
        return null;
    }

    /**
     * The speaker named by the noun phrase starting at {@code j} ("said EU Energy Commissioner Dan
     * Larsen", "according to the Kremlin"): a person in it wins over a body.
     */
    Speaker npAfter(int j) {
        int[] end = new int[1];
        Mention m = j < d.size() ? phrases.npFrom(j, end) : null;
        if ((m == null || m.kind == Mention.Kind.TITLE) && j < d.size()) {
            // "said the project director, Sarah Quinn": the apposition names the speaker
            int c = end[0];
            while (c < d.size() && c - end[0] < 4 && d.token(c).isWord() && !d.token(c).capitalised
                    && d.mentionAt[c] == null && !cues.isCue(c) && !LEX.PREPOSITIONS.contains(d.token(c).lower)) {
                c++; // the rest of a common noun phrase: "the project director"
            }
            Mention named = c + 1 < d.size() && d.token(c).isPunct(',')
                    && d.token(c).sentence == d.token(j).sentence ? nameAfterTitles(c + 1) : null;
            if (named != null && named.isPersonLike() && endsTheApposition(named, j)) {
                return resolver.resolve(named, 0);
            }
        }
        if (m != null && d.token(m.last).possessive) {
            // "said Brightwater's head of operations, Ana Ruiz": its officer (or aide), named after the comma
            Mention named = personAfterRole(m.last + 1, j);
            if (named != null) {
                return resolver.resolve(named, 0);
            }
        }
        return m == null ? null : resolver.resolve(m, 0);
    }

    /**
     * The person named after a comma that closes a lower-case role starting at {@code c} ("board member for
     * production, Ana Ruiz"), when the name ends the clause; null otherwise.
     */
    private Mention personAfterRole(int c, int j) {
        int from = c;
        while (c < d.size() && c - from < 6 && d.token(c).isWord() && !d.token(c).capitalised && d.mentionAt[c] == null
                && !cues.isCue(c)) {
            c++;
        }
        if (c == from || c + 1 >= d.size() || !d.token(c).isPunct(',') || d.token(c).sentence != d.token(j).sentence) {
            return null;
        }
        Mention named = nameAfterTitles(c + 1);
        return named != null && named.isPersonLike() && endsTheApposition(named, j) ? named : null;
    }

    /** The mention starting at {@code k}, or after a form of address there ("Dr Ana Ruiz", "Prof. Ana Ruiz"). */
    private Mention nameAfterTitles(int k) {
        Mention named = d.startingAt(k);
        for (int t = k; named == null && t < d.size() && t - k < 2 && d.token(t).capitalised
                && LEX.isTitle(d.token(t).lower); t++) {
            named = d.startingAt(t + 1);
        }
        return named;
    }

    /**
     * Whether a name after a role's comma ends the clause: the sentence or a punctuation mark follows, or the
     * place the person belongs to ("the lead author, Dr Ana Ruiz of the University of Tartu").
     */
    private boolean endsTheApposition(Mention named, int j) {
        return named.last + 1 >= d.sentenceEnd(j) || d.token(named.last + 1).kind == Token.Kind.PUNCT
                || d.token(named.last + 1).is("of") || d.token(named.last + 1).is("at");
    }
}
