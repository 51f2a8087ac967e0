package io.concord.annotator.quotes;

/**
 * The name behind a body referred to by a common noun ("the company said" after "Brandt Logistics, the
 * Danish haulier, …, cut its forecast"): the latest capitalised name that the text treats as an organisation,
 * by referring back to it with "its" before anyone else is named.
 */
final class NamedBodies {
    /** Tokens looked back for the name; about three paragraphs of news. */
    private static final int REACH = 400;
    /** Tokens after a name within which its "its" must come. */
    private static final int ITS_REACH = 25;

    private final Discourse d;

    NamedBodies(Discourse d) {
        this.d = d;
    }

    /** "the company", "the firm": a body mention of lower-case words after "the". */
    boolean commonNoun(Mention m) {
        int first = m.first;
        if (m.kind == Mention.Kind.BODY && first + 3 <= m.last && Lexicon.INSTANCE.bodyMembers.contains(d.token(first).lower)
                && d.token(first + 2).is("the")) {
            first += 3; // "a spokesperson for the operator": the employer after its member
        }
        if (m.kind != Mention.Kind.BODY || m.plural || first == 0 || !d.token(first - 1).is("the")) {
            return false;
        }
        for (int i = first; i <= m.last; i++) {
            if (d.token(i).capitalised) {
                return false;
            }
        }
        return true;
    }

    /**
     * The named organisation a common-noun body stands for, or the fuller description it repeats ("the ministry"
     * after "the fisheries ministry"), or null.
     */
    Mention named(Mention m) {
        for (int i = m.first - 1; i >= Math.max(0, m.first - REACH); i--) {
            Mention x = d.endingAt(i);
            if (x != null && x.kind == Mention.Kind.BODY && x.last - x.first > m.last - m.first && repeats(x, m)) {
                return upToHead(x, d.token(m.last).lower);
            }
            if (x == null || !(x.kind == Mention.Kind.NAME || x.kind == Mention.Kind.BODY)
                    || !d.token(x.first).capitalised) {
                continue;
            }
            if (referredToAsIts(x) || introducedAsBody(x)) {
                return x;
            }
            i = x.first;
        }
        return null;
    }

    /**
     * Whether a longer body's name holds every word of a shorter one, its head noun anywhere ("the ministry", "the
     * health ministry" after "the Ministry of Health"; not "the transport ministry").
     */
    private boolean repeats(Mention longer, Mention shorter) {
        for (int i = shorter.first; i <= shorter.last; i++) {
            String word = d.token(i).lower;
            boolean found = false;
            for (int k = longer.first; k <= longer.last && !found; k++) {
                found = d.token(k).lower.equals(word);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body named up to the head noun the short form repeats, when what follows only places it ("the Attorney's
     * Office" of "the Attorney's Office for the Eastern District"); the whole name when the head opens it ("the
     * Ministry of Public Works").
     */
    private Mention upToHead(Mention x, String head) {
        for (int k = x.first + 1; k < x.last; k++) {
            if (d.token(k).lower.equals(head) && (d.token(k + 1).is("for") || d.token(k + 1).is("of"))) {
                return new Mention(Mention.Kind.BODY, x.first, k,
                        d.spanText(d.token(x.first).begin, d.token(k).end));
            }
        }
        return x;
    }

    /** "bus operator X", "the carrier X": the name follows a lower-case head noun of organisations. */
    private boolean introducedAsBody(Mention x) {
        if (x.first == 0 || x.kind == Mention.Kind.PERSON) {
            return false;
        }
        Token before = d.token(x.first - 1);
        return before.isWord() && !before.capitalised && Lexicon.INSTANCE.bodyHeads.contains(before.lower);
    }

    /** "X said on Monday that its …", "X, the Danish haulier, cut its …": "its" comes before another name. */
    private boolean referredToAsIts(Mention x) {
        int end = Math.min(d.sentenceEnd(x.last), x.last + 1 + ITS_REACH);
        for (int i = x.last + 1; i < end; i++) {
            Token t = d.token(i);
            if (t.is("its")) {
                return true;
            }
            Mention other = d.mentionAt[i];
            if (t.kind == Token.Kind.QUOTE || other != null && other.kind != Mention.Kind.PRONOUN) {
                return false;
            }
        }
        return false;
    }
}
