package io.concord.annotator.people;

import java.util.List;
import java.util.Set;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;
import io.concord.language.ReportingVerbs;

/**
 * Verbs of speech and reporting after a name, the strongest sign that a capitalised word is a person: right
 * after it, after an adverb or two, or after a description set off by commas. Used by the judge and by
 * propagation.
 */
final class SpeechCues {

    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "added", "adds", "stated",
            "states", "wrote", "writes", "tweeted", "posted", "insisted", "insists", "argued", "argues", "warned",
            "warns", "noted", "notes", "explained", "asked", "asks", "replied", "remarked", "indicated", "suggested",
            "suggests", "claimed", "claims", "announced", "declared", "reported", "responded", "urged", "urges",
            "accused", "acknowledged", "admitted", "confirmed", "denied", "denies", "described", "emphasized",
            "emphasised", "stressed", "expressed", "reiterated", "mentioned", "promised", "vowed", "pledged",
            "praised", "criticised", "criticized", "welcomed", "dismissed", "rejected", "met", "meets", "spoke",
            "speaks", "signed", "visited", "travelled", "traveled", "arrived", "phoned", "thinks", "believes",
            "believed", "wants", "wanted", "hopes", "hoped", "recalled", "concluded", "conceded", "joked",
            "laughed", "smiled", "shouted", "testified", "resigned", "died", "was", "is", "has", "had", "who");
    private static final Set<String> ADVERBS = Set.of("has", "had", "also", "later", "then", "previously", "repeatedly",
            "again", "recently", "publicly", "earlier", "once", "reportedly", "allegedly", "himself", "herself");
    /** Prepositions that put a firm or a place rather than a person before a verb of speech. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "from", "by", "with", "for", "on", "to",
            "into", "near", "inside", "within");

    private SpeechCues() {}

    /**
     * A capitalised everyday word in mid-sentence, not after an article, determiner or preposition of a name
     * ({@code the}, {@code of}), followed directly by a verb of speech: {@code ... after Trump said}.
     */
    static boolean speechVerbAfter(String text, List<Token> tokens, Candidate c) {
        Token t = tokens.get(c.first);
        if (t.sentenceStart() || c.headline || c.last + 1 >= tokens.size() || t.text().length() < 4) {
            return false;
        }
        Token before = tokens.get(c.first - 1);
        Token after = tokens.get(c.last + 1);
        if (!ReportingVerbs.isSpeechVerb(after.text()) || !Tokens.adjacent(text, t, after)) {
            return false;
        }
        String b = before.text();
        return before.kind() == Kind.WORD && !before.capitalised() && !NameWords.ARTICLES.contains(b) && !b.equals("of")
                && !b.equals("his") && !b.equals("her") && !b.equals("their") && !b.equals("its") && !b.equals("our")
                && !b.equals("this") && !b.equals("that") && !b.equals("whose") && !b.equals("which")
                && !PLACE_PREPOSITIONS.contains(b) // "analysts at Banorte said": a firm or a place
                || before.is(",") || before.is("and");
    }

    /**
     * A description set off by commas and then a verb of speech: {@code X, a farmer near the river, said},
     * {@code X, who runs an inn, said}. The description starts with a lower-case word, so a list of names
     * ({@code X, Y, said}) does not count.
     */
    static boolean describedThenReporting(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 1 >= tokens.size() || !tokens.get(k).is(",") || !Character.isLowerCase(tokens.get(k + 1).text().charAt(0))) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + 12; j++) {
            Token t = tokens.get(j);
            if (t.is(".") || t.is(";") || t.is("“") || t.is("\"")) {
                return false;
            }
            if (t.is(",")) {
                return j + 1 < tokens.size() && REPORTING.contains(tokens.get(j + 1).text());
            }
        }
        return false;
    }

    /** A reporting verb right after the name or after up to two adverbs: {@code X said}, {@code X has also said}. */
    static boolean reportingVerbAfter(List<Token> tokens, int last) {
        int k = last + 1;
        if (k < tokens.size() && Roles.possessive(tokens.get(k))) {
            return false;
        }
        if (k < tokens.size() && tokens.get(k).is(",")) {
            return false;
        }
        for (int n = 0; n < 3 && k < tokens.size(); n++, k++) {
            String w = tokens.get(k).text();
            if (REPORTING.contains(w)) {
                return true;
            }
            if (!ADVERBS.contains(w) && !(w.endsWith("ly") && w.length() > 4)) {
                return false;
            }
        }
        return false;
    }
}
