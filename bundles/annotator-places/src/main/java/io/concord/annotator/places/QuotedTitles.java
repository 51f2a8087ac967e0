package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.FunctionWords;

/**
 * A name inside the title of a work written in quotation marks: {@code "Midnight In Paris"}, or a title that is
 * the name alone after the noun of a work ({@code the novel "Siberia"}). A title names the work, not the place.
 * A quotation that reads as speech (lower-case words, inner punctuation) is left alone.
 */
final class QuotedTitles {

    private static final Set<String> OPENING = Set.of("“", "\"", "‘");
    private static final Set<String> CLOSING = Set.of("”", "\"", "’");
    /** Nouns of works before a title: {@code the song "..."}, {@code his novel, "..."}. */
    private static final Set<String> WORKS = Set.of("song", "songs", "single", "album", "track", "hit", "ballad",
            "anthem", "book", "novel", "memoir", "poem", "play", "film", "movie", "documentary", "series", "show",
            "musical", "opera", "painting", "titled", "entitled", "called", "record", "EP", "sitcom", "drama");
    /** Tokens of a title, at most. */
    private static final int MAX_TOKENS = 8;

    private QuotedTitles() {}

    /** Whether the name at tokens {@code [first, last]} stands inside a quoted title. */
    static boolean inside(String text, List<Token> tokens, int first, int last) {
        int open = -1;
        for (int k = first - 1; k >= 0 && k >= first - MAX_TOKENS; k--) {
            Token t = tokens.get(k);
            if (OPENING.contains(t.text()) && (k + 1 == first || t.end() == tokens.get(k + 1).begin())) {
                open = k;
                break;
            }
            if (!titleWord(t)) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = -1;
        for (int k = last + 1; k < tokens.size() && k <= last + MAX_TOKENS; k++) {
            Token t = tokens.get(k);
            if (CLOSING.contains(t.text()) && t.begin() == tokens.get(k - 1).end()) {
                close = k;
                break;
            }
            if (!titleWord(t)) {
                return false;
            }
        }
        if (close < 0) {
            return false;
        }
        if (open + 1 < first || close - 1 > last) {
            return true; // other title words with the name: "Winter In Lisbon"
        }
        for (int k = open - 1; k >= 0 && k >= open - 3; k--) {
            if (WORKS.contains(tokens.get(k).text())) {
                return true; // the name alone: 'the novel "Siberia"'
            }
        }
        return false;
    }

    /** A word of a title: capitalised, or a short function word ("of", "in", "the"). */
    private static boolean titleWord(Token t) {
        if (t.kind() == Kind.NUMBER) {
            return true;
        }
        if (t.kind() != Kind.WORD && t.kind() != Kind.ABBREVIATION) {
            return t.is("-") || t.is("’") || t.is("'");
        }
        return t.capitalised() || FunctionWords.contains(t.text()) && t.text().length() <= 4;
    }
}
