package io.concord.annotator.quotes;

import java.util.List;
import java.util.Set;

import io.concord.language.CalendarWords;

/**
 * Claims the runs of capitalised words no earlier finder explained as names of people (or organisations),
 * with name particles inside ("von der"); leading titles, demonyms and sentence openers are stripped, the
 * titles kept as the name's role.
 */
final class NameFinder {
    private static final Lexicon LEX = Lexicon.INSTANCE;
    /** Capitalised only because they open a sentence, and often followed by a name ("Yesterday Smith said"). */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("yesterday", "today", "meanwhile", "earlier",
            "later", "asked", "speaking", "still", "now", "also", "instead", "last", "next", "even", "then",
            "separately", "however", "additionally", "moreover", "furthermore", "nevertheless", "overall",
            "elsewhere", "here", "there", "tonight", "previously", "again", "yet", "thus", "hence", "indeed");

    private final Discourse d;
    private final String text;
    private final List<Token> tokens;
    private final Mention[] mentionAt;

    NameFinder(Discourse d) {
        this.d = d;
        this.text = d.text;
        this.tokens = d.tokens;
        this.mentionAt = d.mentionAt;
    }

    /** Capitalised runs not yet explained are names of people (or organisations); titles are stripped. */
    void find() {
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(i)) {
                i++;
                continue;
            }
            int e = i;
            while (e + 1 < tokens.size() && !tokens.get(e).possessive) {
                int k = e + 1;
                if (continuesName(k, i)) {
                    e = k;
                } else if (k + 1 < tokens.size() && tokens.get(k).isWord()
                        && LEX.NAME_PARTICLES.contains(tokens.get(k).text) && continuesName(k + 1, i)) {
                    e = k + 1;
                } else if (k + 2 < tokens.size() && tokens.get(k).isWord()
                        && LEX.NAME_PARTICLES.contains(tokens.get(k).text) && tokens.get(k + 1).isWord()
                        && LEX.NAME_PARTICLES.contains(tokens.get(k + 1).text) && continuesName(k + 2, i)) {
                    e = k + 2;
                } else {
                    break;
                }
            }
            addName(i, e);
            i = e + 1;
        }
    }

    private boolean startsName(int i) {
        Token t = tokens.get(i);
        return t.capitalised && mentionAt[i] == null && !t.isAcronym();
    }

    private boolean continuesName(int k, int start) {
        return k < tokens.size() && startsName(k) && tokens.get(k).sentence == tokens.get(start).sentence;
    }

    private void addName(int first, int last) {
        StringBuilder role = new StringBuilder();
        int b = first;
        // "Minister of Information Karim Haddad", "Secretary of State Mark Ellis": the portfolio is no name
        if (first >= 2 && first < last && (tokens.get(first - 1).is("of") || tokens.get(first - 1).is("for"))
                && tokens.get(first - 2).capitalised && LEX.isTitle(tokens.get(first - 2).lower)) {
            role.append(tokens.get(first - 2).lower);
            b++;
        }
        while (b <= last) {
            Token t = tokens.get(b);
            boolean strip = LEX.isTitle(t.lower) || LEX.demonyms.contains(t.lower) || LEX.DETERMINERS.contains(t.lower)
                    || LEX.GENERIC_SPEAKERS.contains(t.lower)
                    || CalendarWords.isMonthOrWeekday(t.lower) || LEX.CLAUSE_OPENERS.contains(t.lower)
                    || LEX.PREPOSITIONS.contains(t.lower) || LEX.countries.containsKey(t.lower)
                    || (b == d.sentenceStart(b) && d.isCommonWord(t) && (b == last ? !d.nextIsReportingVerb(b)
                            : SENTENCE_ADVERBS.contains(t.lower) || t.lower.endsWith("ly")))
                    || (b < last && LEX.isTitle(tokens.get(b + 1).lower));
            if (!strip || t.possessive) {
                if (strip && t.possessive) {
                    b = last + 1;
                }
                break;
            }
            if (LEX.isTitle(t.lower)) {
                role.append(role.length() == 0 ? "" : " ").append(t.lower);
            }
            b++;
        }
        if (b > last) {
            return;
        }
        // "Sanitation Services Commissioner Ilse Marwood": an office's name, then its title, then the person
        for (int k = last - 1; k > b; k--) {
            Token t = tokens.get(k);
            if (LEX.isTitle(t.lower) && !t.possessive) {
                role.append(role.length() == 0 ? "" : " ").append(t.lower);
                b = k + 1;
                break;
            }
        }
        if (last - b >= 4) {
            b = last - 3; // a long capitalised run ends with the name: "Selangor Menteri Besar Ahmad Faiz Omar"
        }
        int letters = 0;
        for (int k = b; k <= last; k++) {
            if (CalendarWords.isMonthOrWeekday(tokens.get(k).lower)) {
                return;
            }
            letters += tokens.get(k).lower.length();
        }
        if (letters < 2) {
            return;
        }
        Token lt = tokens.get(last);
        String name = text.substring(tokens.get(b).begin, lt.possessive ? lt.end - 2 : lt.end);
        Mention m = new Mention(Mention.Kind.NAME, b, last, Discourse.spaced(name));
        m.role = role.toString();
        d.put(m);
    }
}
