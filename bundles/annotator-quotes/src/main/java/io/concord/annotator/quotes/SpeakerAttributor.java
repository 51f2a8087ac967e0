package io.concord.annotator.quotes;

import java.util.Set;

/**
 * Finds who uttered each quotation of a {@link Discourse}: a reporting clause right after the quotation
 * ("…,” he said / “…,” said X), the nearest reporting verb before it in its sentence and that verb's
 * subject (X said: “…” / X described it as “…”), a later "according to X", and otherwise the previous
 * quotation's speaker or the subject of the preceding sentence. Pronouns, bare titles, countries and
 * bodies are resolved to canonical speakers.
 */
final class SpeakerAttributor {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson",
            "spokespeople");
    private static final int MAX_DEPTH = 4;
    /** Tokens a rule looks across within a sentence; keeps run-on text without full stops linear. */
    private static final int MAX_REACH = 80;
    /** Tokens a bare title ("the president") looks back for the person holding it. */
    private static final int TITLE_REACH = 1000;
    /** Determiners that open a speaker's noun phrase ("said the minister", "said his spokesman"). */
    private static final Set<String> NP_DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    /** Prepositions before a place ("in San Francisco"): what follows is unlikely to be a pronoun's person. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "to", "near", "across", "into",
            "outside", "inside", "around", "throughout");
    /** Prepositions that attach a place, employer or source to a speaker ("officials in Kyiv", "quoted by X"). */
    private static final Set<String> PP_OF_SPEAKER = Set.of("in", "from", "at", "of", "for", "by");

    /** Who spoke, how sure the resolution is, and which given person it came from (-1 if none). */
    record Speaker(String name, int person, double certainty) {
        Speaker weaker(double factor) {
            return new Speaker(name, person, certainty * factor);
        }
    }

    /**
     * The attribution of one quotation. {@code cued}: a reporting verb governs the quotation in its own
     * sentence (the evidence that short quoted phrases are quotations, not scare quotes).
     */
    record Attribution(Speaker speaker, String cue, boolean cued, double certainty) {
        static final Attribution NONE = new Attribution(null, null, false, 0.6);
    }

    private final Discourse d;
    private final int pronounLookback;
    private final Attribution[] done;

    SpeakerAttributor(Discourse discourse, int pronounLookbackSentences) {
        this.d = discourse;
        this.pronounLookback = pronounLookbackSentences;
        this.done = new Attribution[discourse.quotes.size()];
    }

    /** Attributes quotations in document order (later ones may inherit from earlier ones). */
    Attribution attribute(int q) {
        int k = d.quoteToken[q];
        Attribution a = immediatelyAfter(k);
        if (a == null) {
            a = before(k);
        }
        if (a == null || a.speaker == null) {
            Attribution later = laterInSentence(k);
            if (later != null) {
                a = later;
            }
        }
        if (a == null) {
            a = fromContext(q, k);
        }
        done[q] = a;
        return a;
    }

    // ---- the quotation's own sentence ----

    /** “…,” he said / “…,” said the minister / “…,” according to X. */
    private Attribution immediatelyAfter(int k) {
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
        if (isCue(j) && !d.token(j).lower.endsWith("ing")) {
            Speaker sp = according(j) ? npAfter(j + 2) : npAfter(j + 1);
            if (sp != null) {
                return new Attribution(sp, cueText(j), true, 0.95);
            }
        }
        int[] end = new int[1];
        Mention m = npFrom(j, end);
        int v0 = skipFillersForward(end[0]);
        if (m == null && end[0] > j && v0 < d.size() && isCue(v0) && !according(v0)) {
            return new Attribution(null, cueText(v0), true, 0.9); // “…,” a senior official said
        }
        if (m != null) {
            int v = skipFillersForward(end[0]);
            if (v < d.size() && d.token(v).isPunct(',')) {
                int opening = v;
                v = afterApposition(v);
                Mention named = v < 0 || m.isPersonLike() ? null
                        : appositionPerson(opening + 1, closingComma(opening));
                if (named != null) {
                    m = named;
                }
            }
            if (v >= 0 && v < d.size() && isCue(v) && !according(v)) {
                return new Attribution(resolve(m, 0), cueText(v), true, 0.95);
            }
        }
        return null;
    }

    /** The nearest reporting verb before the quotation in its clause, and its subject. */
    private Attribution before(int k) {
        int start = Math.max(d.sentenceStart(k), k - MAX_REACH);
        for (int i = k - 1; i >= start; i--) {
            Token t = d.token(i);
            if (t.isPunct(';')) {
                break;
            }
            if (!isCue(i)) {
                continue;
            }
            if (according(i)) {
                return new Attribution(npAfter(i + 2), "according to", true, 0.85);
            }
            Speaker sp = subjectOf(i, 0);
            if (sp == null) {
                sp = passiveAgent(i, k);
            }
            return new Attribution(sp, cueText(i), true, 0.9);
        }
        return null;
    }

    /** "…, according to X" or ", X said" later in the quotation's sentence. */
    private Attribution laterInSentence(int k) {
        int end = Math.min(d.sentenceEnd(k), k + MAX_REACH);
        for (int i = k + 1; i < end; i++) {
            Token t = d.token(i);
            if (t.kind == Token.Kind.QUOTE || t.isPunct(';')) {
                return null;
            }
            if (isCue(i) && according(i)) {
                return new Attribution(npAfter(i + 2), "according to", true, 0.85);
            }
            if (!t.isPunct(',') && !t.isPunct('\u2014') && !t.isPunct(':')) {
                continue;
            }
            int j = i + 1;
            if (j < end && isCue(j) && !according(j)) {
                Speaker sp = npAfter(j + 1);
                if (sp != null) {
                    return new Attribution(sp, cueText(j), true, 0.85);
                }
            }
            int[] npEnd = new int[1];
            Mention m = j < end ? npFrom(j, npEnd) : null;
            int v = j < end ? skipFillersForward(npEnd[0]) : end;
            if (v < end && v > j && isCue(v) && !according(v)) {
                return new Attribution(m == null ? null : resolve(m, 0), cueText(v), true, 0.85);
            }
        }
        return null;
    }

    // ---- quotations without a reporting verb in their sentence ----

    private Attribution fromContext(int q, int k) {
        int sentence = d.token(k).sentence;
        Attribution previous = q > 0 ? done[q - 1] : null;
        int prevQuoteToken = q > 0 ? d.quoteToken[q - 1] : -1;
        // a quotation continued from an open one in the previous paragraph
        if (previous != null && !d.quotes.get(q - 1).closed()
                && d.token(prevQuoteToken).paragraph + 1 >= d.token(k).paragraph && d.sentenceStart(k) == k) {
            return inherit(previous, 0.75);
        }
        if (sentence == 0) {
            return Attribution.NONE;
        }
        int ps = sentence - 1;
        int pStart = d.sentenceStartOf(ps);
        int pEnd = d.sentenceEndOf(ps);
        if (d.token(k).paragraph - d.token(pStart).paragraph > 1) {
            return Attribution.NONE;
        }
        // "He said:" followed by the quotation
        boolean colon = d.token(pEnd - 1).isPunct(':');
        if (prevQuoteToken >= pStart && prevQuoteToken < pEnd && previous != null && previous.speaker != null) {
            return inherit(previous, 0.7);
        }
        for (int i = pEnd - 1; i >= Math.max(pStart, pEnd - MAX_REACH); i--) {
            if (isCue(i) && !according(i)) {
                Speaker sp = subjectOf(i, 0);
                if (sp != null) {
                    return new Attribution(sp, cueText(i), false, colon ? 0.75 : 0.55);
                }
            }
        }
        Mention subject = mainSubject(pStart, pEnd, true);
        if (subject != null) {
            Speaker sp = resolve(subject, 0);
            if (sp != null) {
                return new Attribution(sp, null, false, 0.5);
            }
        }
        if (previous != null && previous.speaker != null
                && d.token(prevQuoteToken).paragraph == d.token(k).paragraph) {
            return inherit(previous, 0.6);
        }
        return Attribution.NONE;
    }

    private static Attribution inherit(Attribution previous, double certainty) {
        return new Attribution(previous.speaker, previous.cue, false, certainty);
    }

    // ---- reporting verbs ----

    /** A reporting verb (not a noun reading of the same word), or "according to", or "call(s) on". */
    boolean isCue(int i) {
        if (i < 0 || i >= d.size()) {
            return false;
        }
        Token t = d.token(i);
        if (!t.isWord() || t.possessive) {
            return false;
        }
        if (t.lower.equals("according")) {
            return i + 1 < d.size() && d.token(i + 1).is("to");
        }
        boolean callOn = (t.lower.equals("call") || t.lower.equals("calls")) && i + 1 < d.size()
                && d.token(i + 1).is("on");
        if (!callOn && !LEX.isReportingVerb(t.lower)) {
            return false;
        }
        if (t.capitalised && (d.sentenceStart(i) != i || t.lower.equals("asked"))) {
            return false; // "Asked whether …, X said": the question is the reporter's
        }
        if (i > 0) {
            Token prev = d.token(i - 1);
            if (prev.isWord() && (LEX.DETERMINERS.contains(prev.lower) || prev.possessive)) {
                return false; // "a warning", "his claim"
            }
            boolean participle = t.lower.endsWith("ing") || t.lower.endsWith("ed");
            if (prev.isWord() && LEX.PREPOSITIONS.contains(prev.lower) && !prev.is("to") && !participle
                    && !t.lower.equals("according")) {
                return false; // "with caution", "under stress"
            }
        }
        return true;
    }

    private boolean according(int i) {
        return d.token(i).lower.equals("according");
    }

    private String cueText(int i) {
        Token t = d.token(i);
        if (according(i)) {
            return "according to";
        }
        if (i + 1 < d.size() && d.token(i + 1).is("on") && t.lower.startsWith("call")) {
            return t.lower + " on";
        }
        return t.lower;
    }

    // ---- subjects ----

    /** The subject of the reporting verb at {@code c}, resolved to a speaker. */
    Speaker subjectOf(int c, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        int start = d.sentenceStart(c);
        int i = skipFillersBackward(c - 1, start);
        if (i < start) {
            return clauseSubject(c, depth);
        }
        Mention m = d.endingAt(i);
        if (m != null) {
            if (!inPrepositionalPhrase(m, start)) {
                return resolve(m, depth);
            }
            // "Officials in Kyiv said", "Putin at a forum in Moscow said": the subject stands further back;
            // "the head of the agency said": nobody named
            Mention subject = subjectFurtherBack(m.first - 1, start);
            return subject == null ? null : resolve(subject, depth);
        }
        Token t = d.token(i);
        if ((t.is("who") || t.is("which")) && i - 1 >= start) {
            int j = d.token(i - 1).isPunct(',') ? i - 2 : i - 1;
            Mention antecedent = d.endingAt(j);
            return antecedent != null ? resolve(antecedent, depth) : clauseSubject(c, depth);
        }
        if (t.isPunct(',') || t.isPunct('\u2014') || t.isPunct(')')) {
            Mention appositive = beforeApposition(i, start);
            if (appositive != null) {
                return resolve(appositive, depth);
            }
        }
        if (SPOKESPEOPLE.contains(t.lower) && d.endingAt(i - 1) != null && d.token(i - 1).possessive) {
            return resolve(d.endingAt(i - 1), depth); // "Zelensky’s spokesman said": speaks for Zelensky
        }
        if (unnamedSubject(i)) {
            // "officials in the capital said" names a body; "a senior official said" names nobody
            Mention subject = subjectFurtherBack(i, start);
            return subject == null ? null : resolve(subject, depth);
        }
        return clauseSubject(c, depth);
    }

    /**
     * A lower-case content word right before the verb: its subject is a common noun phrase ("a senior
     * official said"), which names nobody unless a named head precedes a modifier ("officials in the capital").
     */
    private boolean unnamedSubject(int i) {
        Token t = d.token(i);
        return t.isWord() && !t.capitalised && d.mentionAt[i] == null && !LEX.CLAUSE_OPENERS.contains(t.lower)
                && !LEX.PREPOSITIONS.contains(t.lower) && !t.is("who") && !t.is("which") && !t.is("to")
                && !t.is("not") && !isCue(i) && !t.lower.endsWith("ing") && !t.lower.endsWith("ed")
                && !Character.isDigit(t.text.charAt(0));
    }

    /**
     * "X, Ukraine’s foreign minister, said": the mention before an apposition closed at {@code comma};
     * "The chancellor, Rachel Reeves, said": the person named inside it when the head is only a title.
     */
    private Mention beforeApposition(int comma, int start) {
        char closer = d.token(comma).text.charAt(0);
        char opener = closer == ')' ? '(' : closer;
        for (int j = comma - 1; j > start && comma - j <= 14; j--) {
            Token t = d.token(j);
            if (t.kind == Token.Kind.QUOTE || isCue(j)) {
                return null;
            }
            if (t.isPunct(opener) || (opener == ',' && t.isPunct('\u2014'))) {
                Mention head = d.endingAt(j - 1);
                Mention named = appositionPerson(j + 1, comma);
                if (named != null && (head == null || !head.isPersonLike())) {
                    return named;
                }
                return head;
            }
        }
        return null;
    }

    /** The person an apposition in [from, to) consists of ("Antonio Guterres" in ", Antonio Guterres,"). */
    private Mention appositionPerson(int from, int to) {
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

    /** A mention inside a prepositional phrase of place or belonging ("in Kyiv", "of the agency"). */
    private boolean inPrepositionalPhrase(Mention m, int start) {
        int p = m.first - 1;
        while (p >= start && d.token(p).isWord() && NP_DETERMINERS.contains(d.token(p).lower)) {
            p--;
        }
        return p >= start && d.token(p).isWord() && PP_OF_SPEAKER.contains(d.token(p).lower);
    }

    /**
     * The subject in front of a prepositional modifier ("Officials in the capital said", "Putin at a forum in
     * Moscow said"): going back over the modifier, a mention directly followed by a preposition and in
     * subject position. Anything else (another verb, a clause boundary) means the subject is unnamed.
     */
    private Mention subjectFurtherBack(int from, int start) {
        int plainWords = 0;
        for (int j = from; j >= start && from - j <= 10; j--) {
            Token t = d.token(j);
            if (!t.isWord() || isCue(j) || LEX.CLAUSE_OPENERS.contains(t.lower) || t.is("who") || t.is("which")) {
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

    private int closingComma(int comma) {
        int end = d.sentenceEnd(comma);
        for (int j = comma + 1; j < end; j++) {
            if (d.token(j).isPunct(',')) {
                return j;
            }
        }
        return end;
    }

    /** After "X, the minister," returns the token after the closing comma, or -1. */
    private int afterApposition(int comma) {
        int end = d.sentenceEnd(comma);
        for (int j = comma + 1; j < end && j - comma <= 14; j++) {
            Token t = d.token(j);
            if (t.kind == Token.Kind.QUOTE || isCue(j)) {
                return -1;
            }
            if (t.isPunct(',')) {
                return skipFillersForward(j + 1);
            }
        }
        return -1;
    }

    /**
     * The subject shared by a verb without its own ("… and accused Putin", "…, emphasizing", "to call on"):
     * the subject of the previous reporting verb in the sentence, else the sentence's main subject.
     */
    private Speaker clauseSubject(int c, int depth) {
        int start = Math.max(d.sentenceStart(c), c - MAX_REACH);
        for (int i = c - 1; i >= start; i--) {
            if (isCue(i) && !according(i)) {
                Speaker sp = subjectOf(i, depth + 1);
                if (sp != null) {
                    return sp;
                }
            }
        }
        Mention m = mainSubject(start, c, false);
        return m == null ? null : resolve(m, depth + 1);
    }

    /** "was described by X as …": the agent of a passive reporting verb. */
    private Speaker passiveAgent(int c, int limit) {
        int j = c + 1;
        if (j < limit && d.token(j).is("by")) {
            return npAfter(j + 1);
        }
        return null;
    }

    /** The first mention in subject position in [from, to), outside coordinations. */
    Mention mainSubject(int from, int to, boolean speakersOnly) {
        for (int i = from; i < Math.min(to, from + MAX_REACH); i++) {
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

    /**
     * A mention is in subject position when what precedes its noun phrase starts a clause: the sentence
     * start, punctuation, a quotation, or a conjunction; not a preposition or a verb.
     */
    boolean subjectPosition(Mention m) {
        int start = d.sentenceStart(m.first);
        int p = m.first - 1;
        while (p >= start && npInternal(p)) {
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

    /** Words that can sit inside a noun phrase before a name: titles, determiners, possessives, names. */
    private boolean npInternal(int p) {
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

    /** "Ruiz and Hale": either member of a coordination of mentions. */
    boolean coordinated(Mention m) {
        int p = m.first - 1;
        while (p >= 0 && npInternal(p)) {
            p--;
        }
        if (p > 0 && (d.token(p).is("and") || d.token(p).is("or")) && d.endingAt(p - 1) != null) {
            return true;
        }
        int n = m.last + 1;
        if (n + 1 < d.size() && (d.token(n).is("and") || d.token(n).is("or") || d.token(n).isPunct('&'))) {
            int k = n + 1;
            while (k < d.size() && npInternal(k) && d.mentionAt[k] == null) {
                k++;
            }
            Mention other = d.startingAt(k);
            return other != null && other.kind != Mention.Kind.PRONOUN;
        }
        return false;
    }

    // ---- noun phrases after and before verbs ----

    /**
     * The speaker named by the noun phrase starting at {@code j} ("said EU Energy Commissioner Dan
     * Jorgensen", "according to the Kremlin"): a person in it wins over a body.
     */
    private Speaker npAfter(int j) {
        int[] end = new int[1];
        Mention m = j < d.size() ? npFrom(j, end) : null;
        if ((m == null || m.kind == Mention.Kind.TITLE) && j < d.size()) {
            // "said the project director, Sarah Quinn": the apposition names the speaker
            int c = end[0];
            while (c < d.size() && c - end[0] < 4 && d.token(c).isWord() && !d.token(c).capitalised
                    && d.mentionAt[c] == null && !isCue(c) && !LEX.PREPOSITIONS.contains(d.token(c).lower)) {
                c++; // the rest of a common noun phrase: "the project director"
            }
            Mention named = c + 1 < d.size() && d.token(c).isPunct(',')
                    && d.token(c).sentence == d.token(j).sentence ? d.startingAt(c + 1) : null;
            if (named != null && named.isPersonLike() && (named.last + 1 >= d.sentenceEnd(j)
                    || d.token(named.last + 1).kind == Token.Kind.PUNCT)) {
                return resolve(named, 0);
            }
        }
        return m == null ? null : resolve(m, 0);
    }

    /** The mention heading the noun phrase at {@code j}; {@code end[0]} receives the token after the phrase. */
    private Mention npFrom(int j, int[] end) {
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
                    || (t.capitalised && !LEX.CLAUSE_OPENERS.contains(t.lower) && !isCue(i)));
            if (!inside && personLike == null && other == null && t.isWord() && !isCue(i)) {
                // "said opposition leader Kemi Badenoch": lower-case role words before a name
                int k = i;
                while (k < d.size() && k - i < 3 && d.token(k).isWord() && d.mentionAt[k] == null
                        && !d.token(k).capitalised && !isCue(k) && !LEX.PREPOSITIONS.contains(d.token(k).lower)
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
                if (k > i && k < d.size() && isCue(k)) {
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

    private int skipFillersBackward(int i, int start) {
        while (i >= start) {
            Token t = d.token(i);
            if (t.isWord() && (LEX.VERB_FILLERS.contains(t.lower) || isAdverb(i))) {
                i--;
                continue;
            }
            // "X on Wednesday said", "X in a statement said"
            if (t.isWord() && LEX.TIME_OR_MEDIUM.contains(t.lower)) {
                int p = i - 1;
                while (p >= start && d.token(p).isWord() && !LEX.PREPOSITIONS.contains(d.token(p).lower)
                        && i - p <= 4 && d.mentionAt[p] == null) {
                    p--;
                }
                if (p >= start && d.token(p).isWord() && LEX.PREPOSITIONS.contains(d.token(p).lower)) {
                    i = p - 1;
                    continue;
                }
                if (t.is("today") || t.is("yesterday") || t.is("tonight")) {
                    i--;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    /** An -ly adverb ("X flatly denied"), not a noun such as "the family" or "an ally". */
    private boolean isAdverb(int i) {
        Token t = d.token(i);
        if (!t.lower.endsWith("ly") || t.capitalised || t.lower.length() <= 4) {
            return false;
        }
        Token prev = i > 0 ? d.token(i - 1) : null;
        return prev == null || !prev.isWord() || !(LEX.DETERMINERS.contains(prev.lower) || prev.possessive);
    }

    private int skipFillersForward(int i) {
        while (i < d.size() && d.token(i).isWord() && LEX.VERB_FILLERS.contains(d.token(i).lower)) {
            i++;
        }
        return i;
    }

    // ---- resolving mentions to speakers ----

    Speaker resolve(Mention m, int depth) {
        if (m == null || depth > MAX_DEPTH) {
            return null;
        }
        return switch (m.kind) {
            case PERSON -> new Speaker(m.canonical, m.person, 1.0);
            case NAME -> new Speaker(m.canonical, m.person, 0.95);
            case BODY -> new Speaker(m.canonical, -1, 1.0);
            case COUNTRY -> new Speaker(m.canonical + " government", -1, 0.9);
            case TITLE -> resolveTitle(m);
            case PRONOUN -> resolvePronoun(m, depth);
        };
    }

    private Speaker resolvePronoun(Mention m, int depth) {
        switch (m.canonical) {
            case "he", "she" -> {
                Mention.Gender g = m.gender;
                Mention ante = g == Mention.Gender.FEMALE ? antecedent(m, true) : null;
                if (ante == null) {
                    ante = antecedent(m, false);
                }
                if (ante == null) {
                    return null;
                }
                Speaker sp = ante.kind == Mention.Kind.PRONOUN ? resolve(ante, depth + 1) : resolve(ante, depth);
                return sp == null ? null : sp.weaker(0.85);
            }
            case "it", "they" -> {
                Mention ante = bodyAntecedent(m);
                Speaker sp = ante == null ? null : resolve(ante, depth + 1);
                return sp == null ? null : sp.weaker(0.8);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The person a "he"/"she" refers to: the latest subject before it in its own sentence, else the
     * subject of each earlier sentence in turn (else that sentence's latest person), within the lookback.
     * A same pronoun in subject position is followed back to its own antecedent.
     */
    private Mention antecedent(Mention pronoun, boolean strictGender) {
        int sentence = d.token(pronoun.first).sentence;
        int start = Math.max(d.sentenceStartOf(sentence), pronoun.first - MAX_REACH);
        for (int i = pronoun.first - 1; i >= start; i--) {
            Mention m = d.endingAt(i);
            if (m != null && fits(m, pronoun, strictGender) && !coordinated(m) && subjectPosition(m)
                    && !d.token(m.last).possessive) {
                return m;
            }
        }
        for (int s = sentence - 1; s >= 0 && sentence - s <= pronounLookback; s--) {
            int from = d.sentenceStartOf(s);
            int to = Math.min(d.sentenceEndOf(s), from + 2 * MAX_REACH);
            Mention reporter = reporterIn(from, to, pronoun, strictGender);
            if (reporter != null) {
                return reporter;
            }
            Mention latest = null;
            for (int i = from; i < to; i++) {
                Mention m = d.startingAt(i);
                if (m == null || !fits(m, pronoun, strictGender) || coordinated(m)) {
                    continue;
                }
                if (subjectPosition(m) && !d.token(m.last).possessive) {
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
            if (!isCue(i) || according(i)) {
                continue;
            }
            int j = skipFillersBackward(i - 1, from);
            Mention m = d.endingAt(j);
            if (m == null && j > from && d.token(j).isPunct(',')) {
                m = beforeApposition(j, from);
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
    private boolean isPerson(Mention m) {
        if (m.kind == Mention.Kind.PERSON) {
            return true;
        }
        return m.kind == Mention.Kind.NAME && (m.canonical.indexOf(' ') > 0 || !m.role.isEmpty() || m.speaks);
    }

    /** "it said" / "they said": the latest body (plural for "they"), e.g. after "according to the ministry". */
    private Mention bodyAntecedent(Mention pronoun) {
        boolean plural = pronoun.plural;
        int sentence = d.token(pronoun.first).sentence;
        int floor = Math.max(d.sentenceStartOf(Math.max(0, sentence - pronounLookback)),
                pronoun.first - 3 * MAX_REACH);
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

    /** Whether a space-separated word list contains the word. */
    static boolean hasWord(String words, String word) {
        int i = words.indexOf(word);
        while (i >= 0) {
            int e = i + word.length();
            if ((i == 0 || words.charAt(i - 1) == ' ') && (e == words.length() || words.charAt(e) == ' ')) {
                return true;
            }
            i = words.indexOf(word, i + 1);
        }
        return false;
    }

    /** "the president said": the latest person given that title; a spokesperson speaks for the latest body. */
    private Speaker resolveTitle(Mention m) {
        String title = m.canonical;
        // "the chancellor, Rachel Reeves, …": the apposition names the title holder
        if (m.last + 2 < d.size() && d.token(m.last + 1).isPunct(',')) {
            Mention named = d.startingAt(m.last + 2);
            if (named != null && named.isPersonLike()) {
                return resolve(named, MAX_DEPTH);
            }
        }
        Mention body = null;
        for (int i = m.first - 1; i >= Math.max(0, m.first - TITLE_REACH); i--) {
            Mention x = d.endingAt(i);
            if (x == null) {
                continue;
            }
            if (isPerson(x) && hasWord(x.role, title)) {
                return new Speaker(x.canonical, x.person, 0.8);
            }
            if (body == null && x.kind == Mention.Kind.BODY) {
                body = x;
            }
        }
        if (SPOKESPEOPLE.contains(title) && body != null) {
            return new Speaker(body.canonical, -1, 0.7);
        }
        return null;
    }
}
