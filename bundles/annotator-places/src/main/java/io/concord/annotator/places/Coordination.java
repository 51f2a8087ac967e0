package io.concord.annotator.places;

import java.util.List;

import io.concord.annotator.places.Tokens.Token;

/**
 * Names in a list: {@code in Daleville, Elba and Opp} puts every name under the {@code in} that opens the list,
 * so a word that precedes the list counts for each of its names.
 */
final class Coordination {

    /** Names skipped at most, so that a long run of capitalised words is not read as a list. */
    private static final int MAX_ITEMS = 5;
    private static final int MAX_NAME_TOKENS = 4;

    private Coordination() {}

    /**
     * The index of the token before the list that the name at tokens {@code [first, last]} belongs to (the
     * token before {@code first} when it stands alone), or -1. A comma links names only in a list that goes
     * on to {@code and}/{@code or} ({@code in Paris, Victoria said} is no list).
     */
    static int before(String text, List<Token> tokens, int first, int last) {
        boolean goesOn = last + 1 < tokens.size() && isLink(tokens.get(last + 1));
        boolean sawConjunction = false;
        int k = first - 1;
        for (int items = 0; k >= 1 && items < MAX_ITEMS; items++) {
            Token link = tokens.get(k);
            boolean conjunction = link.is("and") || link.is("or");
            if (!conjunction && !(link.is(",") && (goesOn || sawConjunction))) {
                break;
            }
            int j = k - 1;
            if (!tokens.get(j).capitalised()) {
                break;
            }
            while (j > 0 && k - j < MAX_NAME_TOKENS && tokens.get(j - 1).capitalised()
                    && Tokens.adjacent(text, tokens.get(j - 1), tokens.get(j))) {
                j--;
            }
            sawConjunction |= conjunction;
            k = j - 1;
        }
        return k;
    }

    private static boolean isLink(Token t) {
        return t.is("and") || t.is("or") || t.is(",");
    }
}
