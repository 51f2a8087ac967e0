package io.concord.annotator.quotes;

import java.util.Set;

/**
 * The mention a pronoun stands for: for "he"/"she" the latest fitting subject in its sentence, else the
 * reporter or subject of each earlier sentence within the lookback; for "it"/"they" the latest body or
 * country of the same number. Gender and person-likeness decide what fits.
 */
final class PronounAntecedents {
    /** Prepositions before a place ("in San Francisco"): what follows is unlikely to be a pronoun's person. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "to", "near", "across", "into",
            "outside", "inside", "around", "throughout");

    private final Discourse d;
    private final ReportingCues cues;
    private final NounPhrases phrases;
    private final ClauseSubjects clauses;
    private final int pronounLookback;

    PronounAntecedents(Discourse d, ReportingCues cues, NounPhrases phrases, ClauseSubjects clauses,
            int pronounLookbackSentences) {
        this.d = d;
        this.cues = cues;
        this.phrases = phrases;
        this.clauses = clauses;
        this.pronounLookback = pronounLookbackSentences;
    }

    /**
     * The person a "he"/"she" refers to: the latest subject before it in its own sentence, else the
     * subject of each earlier sentence in turn (else that sentence's latest person), within the lookback.
     * A same pronoun in subject position is followed back to its own antecedent.
     */
    Mention antecedent(Mention pronoun, boolean strictGender) {
        int sentence = d.token(pronoun.first).sentence;
        int start = Math.max(d.sentenceStartOf(sentence), pronoun.first - SpeakerAttributor.MAX_REACH);
        for (int i = pronoun.first - 1; i >= start; i--) {
            Mention m = d.endingAt(i);
            if (m != null && fits(m, pronoun, strictGender) && !clauses.coordinated(m) && clauses.subjectPosition(m)
                    && !d.token(m.last).possessive) {
                return m;
            }
        }
        for (int s = sentence - 1; s >= 0 && sentence - s <= pronounLookback; s--) {
            int from = d.sentenceStartOf(s);
            int to = Math.min(d.sentenceEndOf(s), from + 2 * SpeakerAttributor.MAX_REACH);
            Mention reporter = reporterIn(from, to, pronoun, strictGender);
            if (reporter != null) {
                return reporter;
            }
            Mention latest = null;
            for (int i = from; i < to; i++) {
                Mention m = d.startingAt(i);
                if (m == null || !fits(m, pronoun, strictGender) || clauses.coordinated(m)) {
                    continue;
                }
                if (clauses.subjectPosition(m) && !d.token(m.last).possessive) {
                    return m;
                }
                if (m.kind != Mention.Kind.PRONOUN && !afterLocative(m)) {
                    latest = m;
                }
            }
            if (latest != null) {
                return latest;
            }
        }
        return null;
    }

    /**
     * The person who reports something in the sentence (the subject of its first reporting verb), the
     * likeliest referent of a later "he said": "X will not hesitate …, Defence Minister Y has disclosed."
     */
    private Mention reporterIn(int from, int to, Mention pronoun, boolean strictGender) {
        for (int i = from; i < to; i++) {
            if (!cues.isCue(i) || cues.according(i)) {
                continue;
            }
            int j = cues.skipFillersBackward(i - 1, from);
            Mention m = d.endingAt(j);
            if (m == null && j > from && d.token(j).isPunct(',')) {
                m = phrases.beforeApposition(j, from);
            }
            if (m != null && fits(m, pronoun, strictGender) && !d.token(m.last).possessive) {
                return m;
            }
        }
        return null;
    }

    /** "in San Francisco", "from Kyiv": a place more likely than a person. */
    private boolean afterLocative(Mention m) {
        int p = m.first - 1;
        while (p >= 0 && d.token(p).is("the")) {
            p--;
        }
        return p >= 0 && d.token(p).isWord() && LOCATIVES.contains(d.token(p).lower);
    }

    private boolean fits(Mention m, Mention pronoun, boolean strictGender) {
        if (m.kind == Mention.Kind.PRONOUN) {
            return m.canonical.equals(pronoun.canonical);
        }
        if (m.kind == Mention.Kind.TITLE) {
            return true; // "the minister said … he added": the same unnamed (or titled) person
        }
        if (!isPerson(m)) {
            return false;
        }
        if (strictGender) {
            return m.gender == pronoun.gender;
        }
        return pronoun.gender == Mention.Gender.UNKNOWN || m.gender == Mention.Gender.UNKNOWN
                || m.gender == pronoun.gender;
    }

    /** Given persons always; names read from capitals when they look like a person's. */
    static boolean isPerson(Mention m) {
        if (m.kind == Mention.Kind.PERSON) {
            return true;
        }
        return m.kind == Mention.Kind.NAME && (m.canonical.indexOf(' ') > 0 || !m.role.isEmpty() || m.speaks);
    }

    /** "it said" / "they said": the latest body (plural for "they"), e.g. after "according to the ministry". */
    Mention bodyAntecedent(Mention pronoun) {
        boolean plural = pronoun.plural;
        int sentence = d.token(pronoun.first).sentence;
        int floor = Math.max(d.sentenceStartOf(Math.max(0, sentence - pronounLookback)),
                pronoun.first - 3 * SpeakerAttributor.MAX_REACH);
        for (int i = pronoun.first - 1; i >= floor; i--) {
            Mention m = d.endingAt(i);
            if (m == null || !(m.kind == Mention.Kind.BODY || m.kind == Mention.Kind.COUNTRY)) {
                continue;
            }
            if (m.plural == plural) {
                return m;
            }
        }
        return null;
    }
}
