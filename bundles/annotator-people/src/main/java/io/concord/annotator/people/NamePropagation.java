package io.concord.annotator.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.annotator.people.Tokens.Token;
import io.concord.api.Interruption;

/**
 * The document-level pass: a surname or given name used alone is a person when a confirmed full name in the
 * same document explains it. Changes the verdict of candidates the judge left out.
 */
final class NamePropagation {

    /** A hyphenated East Asian given name ({@code Jae-myung}, {@code Ching-te}): the family name came first. */
    private static final Pattern FAMILY_NAME_FIRST = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}");

    private final NameLexicon lexicon;

    NamePropagation(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Surnames and given names alone are people when a confirmed name in the document explains them. */
    void propagate(List<Token> tokens, List<Candidate> candidates) {
        Set<String> surnames = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        for (Candidate c : candidates) {
            Interruption.check();
            if (!c.accepted) {
                continue;
            }
            surnames.add(NameKeys.key(tokens.get(c.last).text()));
            for (Token part : NameWords.innerParts(tokens, c.first, c.last)) {
                surnames.add(NameKeys.key(part.text())); // "Rosaura Tupayachi Quispe", then "Tupayachi said"
            }
            if (c.nameTokens >= 2 && (!lexicon.has(tokens.get(c.first).text(), NameLexicon.WORD)
                    || FAMILY_NAME_FIRST.matcher(tokens.get(c.last).text()).matches())) {
                // "Lee Jae-myung", "Lai Ching-te": a hyphenated East Asian given name follows the family name
                givenNames.add(NameKeys.key(tokens.get(c.first).text()));
            }
        }
        for (Candidate c : candidates) {
            Interruption.check();
            if (c.accepted || c.score <= -3 && !tokens.get(c.first).sentenceStart()) {
                continue;
            }
            if (c.nameTokens == 1) {
                Token t = tokens.get(c.first);
                String k = NameKeys.key(t.text());
                if (lexicon.has(t.text(), NameLexicon.PLACE) && !SpeechCues.reportingVerbAfter(tokens, c.first)
                        && !Appositions.personalClause(tokens, c.first)) {
                    // "visited Paris" after "Paris Hilton", "Jordan's king" after "Michael Jordan"; but "Lima, who
                    // took over" after "Carla Viana" is the person
                    continue;
                }
                if (surnames.contains(k) || givenNames.contains(k)) {
                    c.accepted = true;
                    c.propagated = true;
                }
            }
        }
    }
}
