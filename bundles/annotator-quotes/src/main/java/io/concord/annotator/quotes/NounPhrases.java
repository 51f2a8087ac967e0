package io.concord.annotator.quotes;

import java.util.Set;

/**
 * The noun phrases around a reporting verb, read without resolving anyone: the mention heading a phrase, the
 * words that may sit inside one before a name, and appositions ("X, the minister," / "the chancellor,
 * Y,") with the person named in them.
 */
final class NounPhrases {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Determiners that open a speaker's noun phrase ("said the minister", "said his spokesman"). */
    static final Set<String> NP_DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");

    private final Discourse d;
    private final ReportingCues cues;

    NounPhrases(Discourse d, ReportingCues cues) {
        this.d = d;
        this.cues = cues;
    }

    /** The mention heading the noun phrase at {@code j}; {@code end[0]} receives the token after the phrase. */
    Mention npFrom(int j, int[] end) {
        int sentence = d.token(j).sentence;
        Mention personLike = null;
        Mention other = null;
        int i = j;
        while (i < d.size() && d.token(i).sentence == sentence && i - j < 10) {
            Mention m = d.startingAt(i);
            if (m != null) {
                if (m.isPersonLike()) {
                    personLike = m;
                } else if (other == null && personLike == null) {
                    other = m;
                }
                i = m.last + 1;
                if (m.kind == Mention.Kind.PRONOUN) {
                    break;
                }
                continue;
            }
            Token t = d.token(i);
            boolean inside = t.isWord() && (LEX.isTitle(t.lower) || LEX.demonyms.contains(t.lower)
                    || NP_DETERMINERS.contains(t.lower) || t.possessive
                    || (t.capitalised && !LEX.CLAUSE_OPENERS.contains(t.lower) && !cues.isCue(i)));
            boolean loneWord = personLike != null && personLike.kind == Mention.Kind.NAME && personLike.first == personLike.last;
            if (!inside && (personLike == null || loneWord) && (t.lower.equals("and") || t.is("&")) && i > j
                    && d.token(i - 1).capitalised && i + 1 < d.size() && d.token(i + 1).capitalised) {
                // "Water and Sanitation Services Commissioner Ilse Marwood said": an office's name joined by "and"
                inside = true;
            }
            if (!inside && t.is("of") && i > j && LEX.isTitle(d.token(i - 1).lower)) {
                // "Leeds director of cricket Ana Ruiz said": a lower-case portfolio after the title
                int k = i + 1;
                while (k < d.size() && k - i <= 2 && d.token(k).isWord() && !d.token(k).capitalised
                        && d.mentionAt[k] == null && !cues.isCue(k) && !LEX.PREPOSITIONS.contains(d.token(k).lower)
                        && !NP_DETERMINERS.contains(d.token(k).lower)) {
                    k++;
                }
                Mention ahead = k > i + 1 && k < d.size() ? d.startingAt(k) : null;
                if (ahead != null && ahead.isPersonLike()) {
                    i = k;
                    continue;
                }
            }
            if (!inside && personLike == null && other == null && t.isWord() && !cues.isCue(i)) {
                // "said opposition leader Maria Costa": lower-case role words before a name
                int k = i;
                while (k < d.size() && k - i < 3 && d.token(k).isWord() && d.mentionAt[k] == null
                        && !d.token(k).capitalised && !cues.isCue(k) && !LEX.PREPOSITIONS.contains(d.token(k).lower)
                        && !LEX.CLAUSE_OPENERS.contains(d.token(k).lower)) {
                    k++;
                }
                // "said lead author Dr Priya Natarajan": title words between the role and the name
                while (k > i && k < d.size() && k - i < 6 && d.token(k).isWord() && d.mentionAt[k] == null
                        && LEX.isTitle(d.token(k).lower)) {
                    k++;
                }
                Mention ahead = k > i && k < d.size() ? d.startingAt(k) : null;
                inside = ahead != null && ahead.isPersonLike();
                if (inside) {
                    i = k;
                    continue;
                }
                if (k > i && k < d.size() && cues.isCue(k)) {
                    i = k; // "the report said": an unnamed subject
                    break;
                }
            }
            if (!inside) {
                break;
            }
            i++;
        }
        end[0] = i;
        return personLike != null ? personLike : other;
    }

    /** Words that can sit inside a noun phrase before a name: titles, determiners, possessives, names. */
    boolean npInternal(int p) {
        Token t = d.token(p);
        if (!t.isWord()) {
            return false;
        }
        if (t.possessive || LEX.isTitle(t.lower) || LEX.demonyms.contains(t.lower)) {
            return true;
        }
        if (t.lower.equals("the") || t.lower.equals("a") || t.lower.equals("an")) {
            return true;
        }
        if ((t.lower.equals("of") || t.lower.equals("for")) && p > 0 && p + 1 < d.size()
                && d.token(p - 1).capitalised && d.token(p + 1).capitalised && LEX.isTitle(d.token(p - 1).lower)) {
            return true; // "Minister of Information X"
        }
        return t.capitalised && d.mentionAt[p] == null && !LEX.CLAUSE_OPENERS.contains(t.lower)
                && !LEX.PREPOSITIONS.contains(t.lower) && d.sentenceStart(p) != p;
    }

    /**
     * "X, Ukraine’s foreign minister, said": the mention before an apposition closed at {@code comma};
     * "The chancellor, Rachel Moore, said": the person named inside it when the head is only a title.
     */
    Mention beforeApposition(int comma, int start) {
        return beforeApposition(comma, start, 0);
    }

    /** Appositions a speaker may stand behind: "X, a farmer from Y, who was not at the meeting, said". */
    private static final int STACKED_APPOSITIONS = 2;
    /** Tokens one apposition may run: "a dairy farmer from the Y region at the edge of the northern forests". */
    private static final int APPOSITION_REACH = 20;

    private Mention beforeApposition(int comma, int start, int depth) {
        char closer = d.token(comma).text.charAt(0);
        char opener = closer == ')' ? '(' : closer;
        for (int j = comma - 1; j > start && comma - j <= APPOSITION_REACH; j--) {
            Token t = d.token(j);
            if (t.kind == Token.Kind.QUOTE || cues.isCue(j)) {
                return null;
            }
            if (t.isPunct(opener) || (opener == ',' && t.isPunct('\u2014'))) {
                Mention head = d.endingAt(j - 1);
                Mention named = appositionPerson(j + 1, comma);
                // "The head of Greenfield Academy, Thomas Whitcombe,": a name after "of" only qualifies the head
                // "Minister of Lands and Forests, X,": a given person beats capitalised words the people annotator
                // did not take for a name
                if (named != null && (head == null || !head.isPersonLike() || afterPreposition(head)
                        || head.kind == Mention.Kind.NAME && named.kind == Mention.Kind.PERSON)) {
                    return named;
                }
                if (named == null && head != null && head.kind != Mention.Kind.PERSON) {
                    // "X of Brightwater Capital, which owns 2%, said": the firm only qualifies the person before it
                    Mention owner = personBeforePreposition(head);
                    if (owner != null) {
                        return owner;
                    }
                    // "X, a specialist at a university in Y, who led no trial, said": the place closes an
                    // earlier apposition; the speaker stands before that one
                    if (opener == ',' && depth < STACKED_APPOSITIONS && t.isPunct(',')
                            && (!head.isPersonLike() || afterPreposition(head))) {
                        Mention earlier = beforeApposition(j, start, depth + 1);
                        if (earlier != null && earlier.isPersonLike()) {
                            return earlier;
                        }
                    }
                }
                // "X, 41, the daughter of a fisherman who came to Y in 1968, told": an age closes the apposition
                // before this one, and the speaker stands before both
                if (named == null && head == null && opener == ',' && depth < STACKED_APPOSITIONS && t.isPunct(',')) {
                    Mention earlier = beforeApposition(j, start, depth + 1);
                    if (earlier != null && earlier.isPersonLike()) {
                        return earlier;
                    }
                }
                // "The state oil company, PetroNord, said": a proper name after a common-noun head names the body
                Mention body = named == null && (head == null || !head.isPersonLike()) ? appositionBody(j + 1, comma)
                        : null;
                return body != null ? body : head;
            }
        }
        return null;
    }

    /** The person right before the preposition that opens {@code m}'s phrase: "Ana Ruiz" in "Ana Ruiz of Acme". */
    private Mention personBeforePreposition(Mention m) {
        int p = m.first - 1;
        if (p < 1 || !(d.token(p).is("of") || d.token(p).is("at") || d.token(p).is("from"))) {
            return null;
        }
        Mention owner = d.endingAt(p - 1);
        return owner != null && owner.isPersonLike() ? owner : null;
    }

    /** A mention right after a preposition (past determiners and modifiers): "of the main opposition X". */
    boolean afterPreposition(Mention m) {
        int p = m.first - 1;
        int start = d.sentenceStart(m.first);
        while (p >= start && d.token(p).isWord() && d.mentionAt[p] == null && !d.token(p).capitalised
                && !LEX.PREPOSITIONS.contains(d.token(p).lower) && m.first - p <= 3) {
            p--;
        }
        return p >= start && d.token(p).isWord() && LEX.PREPOSITIONS.contains(d.token(p).lower);
    }

    /** The person an apposition in [from, to) consists of ("Carlos Ruiz" in ", Carlos Ruiz,"). */
    Mention appositionPerson(int from, int to) {
        Mention found = null;
        for (int i = from; i < to; i++) {
            Mention m = d.startingAt(i);
            if (m != null && m.isPersonLike() && m.last < to) {
                if (found != null) {
                    return null;
                }
                found = m;
                i = m.last;
            } else if (!npInternal(i) && !d.token(i).is("the")) {
                return null;
            }
        }
        return found;
    }

    /** A body written with capitals (an acronym or a proper name) that alone fills the apposition [from, to). */
    private Mention appositionBody(int from, int to) {
        Mention m = d.startingAt(from);
        if (m == null || m.kind != Mention.Kind.BODY || m.last != to - 1 || !d.token(m.first).capitalised) {
            return null;
        }
        for (int i = m.first; i <= m.last; i++) {
            if (!d.token(i).capitalised) {
                return null; // "Defence ministry": a common noun, no name
            }
        }
        return m;
    }

    int closingComma(int comma) {
        int end = d.sentenceEnd(comma);
        for (int j = comma + 1; j < end; j++) {
            if (d.token(j).isPunct(',')) {
                return j;
            }
        }
        return end;
    }

    /** After "X, the minister," returns the token after the closing comma, or -1. */
    int afterApposition(int comma) {
        int end = d.sentenceEnd(comma);
        for (int j = comma + 1; j < end && j - comma <= 14; j++) {
            Token t = d.token(j);
            if (t.kind == Token.Kind.QUOTE || cues.isCue(j)) {
                return -1;
            }
            if (t.isPunct(',')) {
                return cues.skipFillersForward(j + 1);
            }
        }
        return -1;
    }
}
