package io.concord.annotator.quotes;

import java.util.List;
import java.util.Set;

import io.concord.language.CalendarWords;

/**
 * Claims the mentions of bodies that speak as one: institutions from the list, acronyms, head nouns with
 * their modifiers ("the foreign ministry"), and the employer a spokesperson speaks for ("a spokesman for
 * the Home Office"). Members written after a body ("Kremlin spokesman") are part of its mention.
 */
final class BodyFinder {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Lower-case words that qualify a body ("the foreign ministry", "the federal government"). */
    static final Set<String> BODY_MODIFIERS = Set.of("foreign", "defence", "defense", "interior", "finance",
            "energy", "health", "trade", "economy", "home", "state", "treasury", "labour", "labor", "education",
            "environment", "culture", "security", "national", "federal", "regional", "local", "central",
            "presidential", "military", "intelligence", "justice", "armed", "emergency", "border", "tax", "transport",
            "agriculture", "economic", "public", "supreme", "constitutional", "international", "european", "joint",
            "general", "prosecutor's", "prosecutor’s", "communist", "ruling", "opposition", "israeli");

    private final Discourse d;
    private final List<Token> tokens;
    private final Mention[] mentionAt;

    BodyFinder(Discourse d) {
        this.d = d;
        this.tokens = d.tokens;
        this.mentionAt = d.mentionAt;
    }

    void find() {
        for (int i = 0; i < tokens.size(); i++) {
            if (mentionAt[i] != null || !tokens.get(i).isWord()) {
                continue;
            }
            int instEnd = institutionEnd(i);
            if (instEnd >= 0) {
                addBody(extendBodyLeft(i), instEnd);
                i = mentionAt[i] == null ? i : mentionAt[i].last;
                continue;
            }
            Token t = tokens.get(i);
            if (t.isAcronym() && !LEX.countries.containsKey(t.lower) && !LEX.TITLE_ACRONYMS.contains(t.text)) {
                addBody(i, i);
                i = mentionAt[i].last;
                continue;
            }
            if (LEX.bodyHeads.contains(t.lower) && bodyHeadStands(i)) {
                addBody(extendBodyLeft(i), i);
                i = mentionAt[i].last;
                continue;
            }
            if (LEX.bodyMembers.contains(t.lower)) {
                spokespersonFor(i);
            }
        }
    }

    /** A head noun names a body unless it only qualifies the next noun ("military attire"). */
    private boolean bodyHeadStands(int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        if (!next.isWord() || next.capitalised || next.sentence != t.sentence) {
            return true;
        }
        return LEX.bodyMembers.contains(next.lower) || LEX.isReportingVerb(next.lower)
                || LEX.VERB_FILLERS.contains(next.lower) || LEX.PREPOSITIONS.contains(next.lower)
                || LEX.CLAUSE_OPENERS.contains(next.lower) || next.lower.equals("who")
                || next.lower.equals("which");
    }

    private int institutionEnd(int i) {
        for (String[] inst : LEX.institutions) {
            if (i + inst.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < inst.length && ok; k++) {
                Token t = tokens.get(i + k);
                ok = t.isWord() && t.lower.equals(inst[k]) && (k == inst.length - 1 || !t.possessive)
                        && mentionAt[i + k] == null;
            }
            if (ok) {
                return i + inst.length - 1;
            }
        }
        return -1;
    }

    private int extendBodyLeft(int head) {
        int j = head - 1;
        int sentence = tokens.get(head).sentence;
        while (j >= 0 && mentionAt[j] == null) {
            Token t = tokens.get(j);
            if (pluralPossessiveMark(j)) {
                j--; // "the Dock Workers’ Union": the apostrophe of a plural belongs to the name
                continue;
            }
            if (!t.isWord() || t.sentence != sentence) {
                break;
            }
            boolean modifier = (t.capitalised && !LEX.DETERMINERS.contains(t.lower)
                    && !LEX.PREPOSITIONS.contains(t.lower) && !LEX.CLAUSE_OPENERS.contains(t.lower)
                    && !CalendarWords.isMonthOrWeekday(t.lower) && !(j == d.sentenceStart(j) && d.isCommonWord(t)))
                    || BODY_MODIFIERS.contains(t.lower) || LEX.demonyms.contains(t.lower);
            if (!modifier) {
                break;
            }
            j--;
            if (t.possessive) {
                break;
            }
        }
        return definiteModifiersBefore(j + 1, sentence);
    }

    /** Whether token {@code j} is the apostrophe of a capitalised plural inside a name ({@code Workers’ Union}). */
    private boolean pluralPossessiveMark(int j) {
        Token mark = tokens.get(j);
        if (mark.isWord() || j == 0 || j + 1 >= tokens.size() || !(mark.text.equals("\u2019") || mark.text.equals("'"))) {
            return false;
        }
        Token word = tokens.get(j - 1);
        Token next = tokens.get(j + 1);
        return word.isWord() && word.capitalised && word.end == mark.begin && word.lower.endsWith("s")
                && next.isWord() && next.capitalised && word.sentence == next.sentence;
    }

    /**
     * "the fisheries ministry", "the civil protection office": up to two lower-case nouns between "the" and a body
     * qualify it, whether or not they are in the list of body modifiers.
     */
    private int definiteModifiersBefore(int start, int sentence) {
        int k = start - 1;
        int words = 0;
        while (k >= 0 && words < 2 && mentionAt[k] == null && plainLowerCaseWord(tokens.get(k))
                && tokens.get(k).sentence == sentence) {
            k--;
            words++;
        }
        return words > 0 && k >= 0 && tokens.get(k).is("the") ? k + 1 : start;
    }

    private static boolean plainLowerCaseWord(Token t) {
        return t.isWord() && !t.capitalised && !LEX.DETERMINERS.contains(t.lower) && !LEX.PREPOSITIONS.contains(t.lower)
                && !LEX.CLAUSE_OPENERS.contains(t.lower) && !LEX.VERB_FILLERS.contains(t.lower)
                && !LEX.isReportingVerb(t.lower) && !t.lower.endsWith("ed") && !t.lower.endsWith("ing")
                && !t.lower.endsWith("ly") && !Character.isDigit(t.text.charAt(0));
    }

    private void addBody(int first, int headEnd) {
        int last = headEnd;
        Token head = tokens.get(headEnd);
        boolean plural = head.lower.endsWith("s") && !head.lower.endsWith("ss") && !head.isAcronym();
        // members of the body speak for it: "UK government representatives", "Kremlin spokesman"
        int k0 = headEnd + 1;
        if (k0 < tokens.size() && tokens.get(k0).isWord() && LEX.bodyMembers.contains(tokens.get(k0).lower)
                && mentionAt[k0] == null && tokens.get(k0).sentence == head.sentence && !unnamedOfficial(first, k0)) {
            last = k0;
            plural = tokens.get(k0).lower.endsWith("s");
        }
        // "Institute for the Study of War"
        if (head.capitalised && last == headEnd) {
            int k = headEnd + 1;
            if (k + 1 < tokens.size() && (tokens.get(k).is("for") || tokens.get(k).is("of"))) {
                int m = k + 1;
                if (tokens.get(m).is("the")) {
                    m++;
                }
                int end = m;
                while (end < tokens.size() && tokens.get(end).capitalised && mentionAt[end] == null
                        && tokens.get(end).sentence == head.sentence) {
                    end++;
                }
                if (end > m) {
                    last = end - 1;
                }
            }
        }
        int canonicalEnd = last > headEnd && !LEX.bodyMembers.contains(tokens.get(last).lower) ? last : headEnd;
        int b = tokens.get(first).begin;
        Token ce = tokens.get(canonicalEnd);
        int e = ce.possessive ? ce.end - 2 : ce.end;
        Mention m = new Mention(Mention.Kind.BODY, first, last, bodyName(first, b, e));
        m.plural = plural;
        d.put(m);
    }

    /**
     * "An embassy official said": one official, introduced with an indefinite article, is a person the text
     * does not name, not the body's voice as its spokesperson is.
     */
    private boolean unnamedOfficial(int first, int member) {
        return tokens.get(member).lower.equals("official") && first > 0
                && (tokens.get(first - 1).lower.equals("a") || tokens.get(first - 1).lower.equals("an"));
    }

    /**
     * The name of a body spanning [b, e) from token {@code first}: a country's possessive becomes its
     * demonym ("Russia’s foreign ministry" -> "Russian foreign ministry"), so that all reports name it alike.
     */
    private String bodyName(int first, int b, int e) {
        Token t = tokens.get(first);
        if (t.possessive && t.end < e) {
            String demonym = LEX.demonymOf.get(t.lower); // lower is the stem without ’s
            if (demonym != null) {
                return demonym + d.spanText(t.end, e);
            }
        }
        return d.spanText(b, e);
    }

    /**
     * "a spokesperson for the Home Office", "a spokeswoman for Amazon": the speaker is the employer, a body
     * named by a head noun, an institution, or else by a run of capitalised words without a title in it.
     */
    private void spokespersonFor(int i) {
        int k = i + 1;
        if (k + 1 >= tokens.size() || !(tokens.get(k).is("for") || tokens.get(k).is("at")
                || tokens.get(k).is("of"))) {
            return;
        }
        int m = k + 1;
        if (tokens.get(m).is("the")) {
            m++;
        }
        int end = -1;
        int capitalisedEnd = -1;
        boolean titled = false;
        int sentence = tokens.get(i).sentence;
        for (int h = m; h < Math.min(tokens.size(), m + 6); h++) {
            Token t = tokens.get(h);
            if (!t.isWord() || mentionAt[h] != null || t.sentence != sentence) {
                break;
            }
            if (institutionEnd(h) >= 0) {
                end = institutionEnd(h);
                break;
            }
            if (LEX.bodyHeads.contains(t.lower)) {
                end = h;
                break;
            }
            boolean modifier = t.capitalised || BODY_MODIFIERS.contains(t.lower) || LEX.demonyms.contains(t.lower);
            if (!modifier) {
                break; // "a spokeswoman for Amazon said the company …": the phrase ends before the verb
            }
            titled |= LEX.isTitle(t.lower);
            if (t.capitalised && capitalisedEnd == h - 1 || t.capitalised && h == m) {
                capitalisedEnd = h;
            }
            if (t.possessive) {
                break;
            }
        }
        if (end < 0 && capitalisedEnd >= m && !titled) {
            end = capitalisedEnd;
        }
        if (end < 0) {
            return;
        }
        Token last = tokens.get(end);
        int b = tokens.get(m).begin;
        Mention body = new Mention(Mention.Kind.BODY, i, end,
                d.spanText(b, last.possessive ? last.end - 2 : last.end));
        d.put(body);
    }
}
