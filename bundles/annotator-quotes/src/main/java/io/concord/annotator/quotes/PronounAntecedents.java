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

    /** Last words of the names of places and institutions, never of a person. */
    private static final Set<String> PLACE_HEADS = Set.of("Street", "Road", "Avenue", "Square", "Lane", "Boulevard",
            "Bridge", "Park", "Station", "Airport", "Stadium", "Hospital", "School", "College", "University",
            "Academy", "Institute", "Centre", "Center", "Museum", "Library", "Hall", "Market", "Valley", "River",
            "Mountains", "Island", "Islands", "Bay", "Beach", "Forest", "Church", "Cathedral", "Mosque", "Temple");

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
                    && !d.token(m.last).possessive && !clauses.qualifiesName(m)) {
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
            Mention latestGiven = null;
            Mention samePronoun = null;
            for (int i = from; i < to; i++) {
                Mention m = d.startingAt(i);
                if (m == null || !fits(m, pronoun, strictGender) || clauses.coordinated(m) || clauses.qualifiesName(m)) {
                    continue;
                }
                if (m.kind == Mention.Kind.TITLE && namedAfter(m)) {
                    continue; // "Born in X, the son of a baker, Y liked to say": the description is Y's
                }
                if (clauses.subjectPosition(m) && !d.token(m.last).possessive) {
                    if (m.kind == Mention.Kind.PRONOUN && samePronoun == null) {
                        // "Asked whether he would play, X laughed": the pronoun of a clause before the main
                        // subject points ahead to it; the person named as subject is the one both stand for
                        samePronoun = m;
                        continue;
                    }
                    if (samePronoun == null || m.kind == Mention.Kind.PERSON || isPerson(m)) {
                        return m;
                    }
                    continue;
                }
                if (m.kind != Mention.Kind.PRONOUN && !afterLocative(m)) {
                    latest = m;
                    latestGiven = m.kind == Mention.Kind.PERSON ? m : latestGiven;
                }
            }
            if (samePronoun != null) {
                return samePronoun;
            }
            // "X, 52, who drove out of Pine Hollow": a person the people annotator found beats capitalised words
            // it did not take for a name (a place or an event, more likely)
            if (latestGiven != null) {
                return latestGiven;
            }
            if (latest != null) {
                return latest;
            }
            if (s == sentence - 1) {
                Mention single = soleNameSubject(from, to);
                if (single != null) {
                    return single;
                }
            }
        }
        return null;
    }

    /**
     * "Nourbek shrugs at that. “…,” he says.": a one-word name that is the subject of the sentence just
     * before, when nobody else there can be the pronoun's person; people known by one name are read so.
     */
    private Mention soleNameSubject(int from, int to) {
        Mention m = clauses.mainSubject(from, to, true);
        if (m == null || m.kind != Mention.Kind.NAME || m.first != m.last || d.token(m.last).possessive
                || m.last + 1 >= to) {
            return null;
        }
        Token next = d.token(m.last + 1);
        // a verb in the singular follows ("shrugs", "has"), not a plural one of a team or a town's people
        return next.isWord() && !next.capitalised && (next.lower.endsWith("s") || next.is("has") || next.is("was"))
                && !next.is("is") ? m : null;
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
            if (m == null && j >= from && (d.token(j).kind == Token.Kind.QUOTE
                    || d.token(j).isPunct(',') && j > from && d.token(j - 1).kind == Token.Kind.QUOTE)) {
                // "“…,” said Dr. X, a neurologist at Y Hospital.": the inverted subject after the verb
                Mention after = phrases.npFrom(i + 1, new int[1]);
                m = after != null && after.isPersonLike() ? after : null;
            }
            if (m != null && !isPerson(m) && m.kind != Mention.Kind.PRONOUN && clauses.inPrepositionalPhrase(m, from)) {
                // "Councillor X of the opposition said": the body belongs to the reporter before it
                Mention further = clauses.subjectFurtherBack(j, from);
                m = further != null ? further : m;
            }
            if (m != null && fits(m, pronoun, strictGender) && !d.token(m.last).possessive) {
                return m;
            }
        }
        return null;
    }

    /** Words a description may run past its head before the comma: "the son of a baker from the coast". */
    private static final int DESCRIPTION_TAIL = 6;

    /** A description set off by a comma with a person's name right after it: "the son of a baker, Y". */
    private boolean namedAfter(Mention title) {
        int k = title.last + 1;
        while (k < d.size() && k <= title.last + DESCRIPTION_TAIL && d.token(k).isWord()
                && (d.mentionAt[k] == null || d.mentionAt[k].kind == Mention.Kind.TITLE)) {
            k++;
        }
        if (k + 1 >= d.size() || !d.token(k).isPunct(',')) {
            return false;
        }
        Mention next = d.startingAt(k + 1);
        return next != null && isPerson(next);
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
            // "the minister said … he added": the same unnamed (or titled) person; of unknown gender, so never
            // before a named woman when "she" looks for one
            return !strictGender;
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

    /**
     * Given persons always; names read from capitals when they look like a person's: one a given person
     * explains (the people annotator found only "Kesh" of "Priyamvada Kesh"), or of several words, with a role
     * or speaking, unless the last word names a place or institution ("Harbour Street", "Greenfield Academy").
     */
    static boolean isPerson(Mention m) {
        if (m.kind == Mention.Kind.PERSON) {
            return true;
        }
        if (m.kind != Mention.Kind.NAME) {
            return false;
        }
        if (m.person >= 0) {
            return true;
        }
        int space = m.canonical.lastIndexOf(' ');
        if (space > 0 && PLACE_HEADS.contains(m.canonical.substring(space + 1))) {
            return false;
        }
        return space > 0 || !m.role.isEmpty() || m.speaks;
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
