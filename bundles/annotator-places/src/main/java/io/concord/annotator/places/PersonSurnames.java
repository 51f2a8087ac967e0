package io.concord.annotator.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.FunctionWords;
import io.concord.language.ReportingVerbs;

/**
 * Surnames that are also towns ({@code Viana}, {@code Toyota}): once the text names a person with one
 * ({@code Carla Viana}), the word alone before a verb of speech or a personal relative clause
 * ({@code Viana said}, {@code Viana, who ...}) is that person, not the town. After a preposition of place it stays a place.
 */
final class PersonSurnames {

    private final Gazetteer gazetteer;

    PersonSurnames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Removes from {@code found} the towns that stand for a person the text names in full. */
    void removePeople(String text, List<Token> tokens, List<Found> found) {
        Set<String> surnames = surnames(text, tokens);
        if (surnames.isEmpty()) {
            return;
        }
        Set<String> people = new HashSet<>();
        for (Found f : found) {
            if (bare(tokens, f) && surnames.contains(tokens.get(f.first()).text()) && actsAsPerson(tokens, f.last())) {
                people.add(tokens.get(f.first()).text());
            }
        }
        // once "Viana said" shows the person, "Viana rejected the offer" is the person too: a text that uses a
        // name for a person keeps doing so, unless a preposition puts the name back on the map ("in Viana")
        found.removeIf(f -> bare(tokens, f) && people.contains(tokens.get(f.first()).text()));
    }

    /** A one-word town or region (not a country) with no function word before it ({@code in}, {@code the}). */
    private static boolean bare(List<Token> tokens, Found f) {
        return f.first() == f.last() && !"country".equals(f.match().kind())
                && !(f.first() > 0 && FunctionWords.contains(tokens.get(f.first() - 1).text()));
    }

    /**
     * Last words of capitalised runs that the gazetteer does not know, whole or as their last two words, and
     * whose word before the last is no place or function word: {@code Yumi Toyota} gives {@code Toyota};
     * {@code New Delhi} and {@code Hong Kong} give nothing.
     */
    private Set<String> surnames(String text, List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (int k = 1; k < tokens.size(); k++) {
            Token given = tokens.get(k - 1);
            Token last = tokens.get(k);
            boolean runEnds = k + 1 >= tokens.size() || !tokens.get(k + 1).capitalised();
            if (!runEnds || !word(given) || !word(last) || !Tokens.adjacent(text, given, last)
                    || FunctionWords.contains(given.text()) || PlaceWords.FREE_BEFORE.contains(given.text())) {
                continue;
            }
            String pair = Tokens.spaced(text, given.begin(), last.end());
            String run = Tokens.spaced(text, tokens.get(runStart(text, tokens, k)).begin(), last.end());
            if (gazetteer.lookupAnyCase(given.text()) == null && unknown(pair) && unknown(run)) {
                out.add(last.text());
            }
        }
        return out;
    }

    private boolean unknown(String name) {
        return gazetteer.lookupAnyCase(name) == null && gazetteer.lookupSmall(name) == null;
    }

    /** The first token of the capitalised run that ends at {@code k}, function words at its start left out. */
    private static int runStart(String text, List<Token> tokens, int k) {
        int j = k;
        while (j > 0 && word(tokens.get(j - 1)) && Tokens.adjacent(text, tokens.get(j - 1), tokens.get(j))
                && !FunctionWords.contains(tokens.get(j - 1).text()) && !PlaceWords.FREE_BEFORE.contains(tokens.get(j - 1).text())) {
            j--;
        }
        return j;
    }

    private static boolean word(Token t) {
        return t.kind() == Kind.WORD && t.capitalised() && !Tokens.allCaps(t) && t.text().length() > 1;
    }

    /** {@code X said}, {@code X told}, {@code X, who}: what English writes after a person. */
    private static boolean actsAsPerson(List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        if (ReportingVerbs.isSpeechVerb(next.text())) {
            return true;
        }
        return next.is(",") && last + 2 < tokens.size()
                && (tokens.get(last + 2).is("who") || tokens.get(last + 2).is("whose"));
    }
}
