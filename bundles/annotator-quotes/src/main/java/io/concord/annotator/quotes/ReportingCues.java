package io.concord.annotator.quotes;

/**
 * Reporting verbs as cues of speech: which tokens are cues ("said", "according to", "calls on", not the noun
 * reading "a warning"), the cue as reported, and the auxiliaries, adverbs and time phrases that may stand
 * between a cue and its subject ("X on Wednesday flatly denied").
 */
final class ReportingCues {
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private final Discourse d;

    ReportingCues(Discourse d) {
        this.d = d;
    }

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

    /**
     * "told the Weser Kurier", "telling reporters": the noun phrase after a form of "tell" is whom the speaker
     * addressed, never the speaker (English has no "…,” told X"), so it is no inverted subject.
     */
    boolean takesAddressee(int i) {
        return switch (d.token(i).lower) {
            case "tell", "tells", "told", "telling" -> true;
            default -> false;
        };
    }

    boolean according(int i) {
        return d.token(i).lower.equals("according");
    }

    String cueText(int i) {
        Token t = d.token(i);
        if (according(i)) {
            return "according to";
        }
        if (i + 1 < d.size() && d.token(i + 1).is("on") && t.lower.startsWith("call")) {
            return t.lower + " on";
        }
        return t.lower;
    }

    int skipFillersBackward(int i, int start) {
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

    int skipFillersForward(int i) {
        while (i < d.size() && d.token(i).isWord() && LEX.VERB_FILLERS.contains(d.token(i).lower)) {
            i++;
        }
        return i;
    }
}
