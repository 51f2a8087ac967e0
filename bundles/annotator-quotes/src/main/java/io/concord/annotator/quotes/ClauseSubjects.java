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
        int beforeRole = roleWordsBefore(p, start);
        if (beforeRole != p) {
            return beforeRole < start || !d.token(beforeRole).isWord(); // "Council member X," opens the sentence
        }
        Token t = d.token(p);
        if (t.kind != Token.Kind.WORD) {
            return true;
        }
        return LEX.CLAUSE_OPENERS.contains(t.lower) && !t.is("and") || t.is("and") && d.endingAt(p - 1) == null;
    }

    /**
     * "Council member X", "Northside coach X": one or two lower-case role nouns between a capitalised
     * qualifier and a name are part of the name's noun phrase. Returns the token before the whole phrase, or
     * {@code p} when the words at {@code p} are not such role nouns (verbs end in -ed or -ing, or are cues).
     */
    private int roleWordsBefore(int p, int start) {
        int q = p;
        while (q >= start && p - q < 2 && isRoleNoun(q)) {
            q--;
        }
        if (q == p - 1 && q >= start && LEX.DETERMINERS.contains(d.token(q).lower)) {
            return q - 1; // "Our correspondent X", "the coach X": one role noun after a determiner
        }
        if (q == p || q < start || !d.token(q).capitalised || LEX.DETERMINERS.contains(d.token(q).lower)
                || d.mentionAt[q] != null && d.mentionAt[q].kind == Mention.Kind.PRONOUN) {
            return p; // "She met X": a pronoun is a subject of its own
        }
        while (q >= start && phrases.npInternal(q) || q == start && d.token(q).capitalised) {
            q--;
        }
        return q;
    }

    /**
     * "Charlotte coach Dana Whitlow": a team, town or body before title words qualifies the person named next,
     * and is not itself the subject.
     */
    boolean qualifiesName(Mention m) {
        if (m.kind != Mention.Kind.NAME && m.kind != Mention.Kind.BODY) {
            return false;
        }
        int k = m.last + 1;
        int roles = 0;
        while (k < d.size() && roles < 2 && d.token(k).isWord() && !d.token(k).capitalised
                && LEX.isTitle(d.token(k).lower) && d.mentionAt[k] == null) {
            k++;
            roles++;
        }
        Mention next = roles > 0 ? d.startingAt(k) : null;
        return next != null && next.isPersonLike() && d.token(k).sentence == d.token(m.last).sentence;
    }

    private boolean isRoleNoun(int i) {
        Token t = d.token(i);
        return t.isWord() && !t.capitalised && d.mentionAt[i] == null && !cues.isCue(i)
                && !LEX.CLAUSE_OPENERS.contains(t.lower) && !LEX.PREPOSITIONS.contains(t.lower)
                && !LEX.DETERMINERS.contains(t.lower) && !LEX.VERB_FILLERS.contains(t.lower)
                && !t.lower.endsWith("ed") && !t.lower.endsWith("ing") && !t.lower.endsWith("ly")
                && !t.lower.endsWith("s") && !Character.isDigit(t.text.charAt(0));
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
            if (d.token(m.last).possessive || qualifiesName(m)) {
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
        // "of the main opposition X": determiners and up to two lower-case modifiers stand between
        int modifiers = 0;
        while (p >= start && d.token(p).isWord() && (NounPhrases.NP_DETERMINERS.contains(d.token(p).lower)
                || modifiers < 2 && isModifier(p))) {
            if (!NounPhrases.NP_DETERMINERS.contains(d.token(p).lower)) {
                modifiers++;
            }
            p--;
        }
        return p >= start && d.token(p).isWord() && PP_OF_SPEAKER.contains(d.token(p).lower);
    }

    /** A lower-case word that may qualify a noun ("main", "ruling"): no function word, verb or cue. */
    private boolean isModifier(int p) {
        Token t = d.token(p);
        if (!t.capitalised && d.mentionAt[p] != null && d.mentionAt[p].kind == Mention.Kind.BODY) {
            return true; // "of the research firm X": a lower-case body noun in apposition before the name
        }
        return !t.capitalised && d.mentionAt[p] == null && !cues.isCue(p) && !LEX.PREPOSITIONS.contains(t.lower)
                && !LEX.CLAUSE_OPENERS.contains(t.lower) && !LEX.VERB_FILLERS.contains(t.lower)
                && !LEX.DETERMINERS.contains(t.lower) && !t.lower.endsWith("ed") && !t.is("who") && !t.is("which");
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
