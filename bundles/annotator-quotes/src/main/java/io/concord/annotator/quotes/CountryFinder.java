package io.concord.annotator.quotes;

import java.util.List;

/**
 * Claims the mentions of listed countries: the longest name starting at a capitalised word, a possessive
 * ("Russia’s") without its ’s. A country that speaks stands for its government.
 */
final class CountryFinder {
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private final Discourse d;
    private final String text;
    private final List<Token> tokens;
    private final Mention[] mentionAt;

    CountryFinder(Discourse d) {
        this.d = d;
        this.text = d.text;
        this.tokens = d.tokens;
        this.mentionAt = d.mentionAt;
    }

    void find() {
        for (int i = 0; i < tokens.size(); i++) {
            if (mentionAt[i] != null || !tokens.get(i).capitalised) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            int found = -1;
            for (int k = 0; k < LEX.longestCountry && i + k < tokens.size(); k++) {
                Token t = tokens.get(i + k);
                if (!t.isWord() || mentionAt[i + k] != null) {
                    break;
                }
                if (k > 0) {
                    key.append(' ');
                }
                key.append(t.lower);
                if (LEX.countries.containsKey(key.toString())) {
                    found = i + k;
                }
                if (t.possessive) {
                    break;
                }
            }
            if (found >= 0) {
                Token last = tokens.get(found);
                String name = text.substring(tokens.get(i).begin, last.possessive ? last.end - 2 : last.end);
                d.put(new Mention(Mention.Kind.COUNTRY, i, found, Discourse.spaced(name)));
                i = found;
            }
        }
    }
}
