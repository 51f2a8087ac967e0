package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * The segmenter's tokens as place finding reads them: words, abbreviations with their full stop
 * ({@code U.S.}, {@code St.}), numbers and punctuation; a possessive {@code ’s} is split off as {@code ’}
 * and {@code s}, so {@code Ukraine’s} yields {@code Ukraine}.
 */
final class Tokens {
    enum Kind { WORD, ABBREVIATION, NUMBER, PUNCT }

    record Token(int begin, int end, Kind kind, String text) {
        boolean capitalised() {
            return (kind == Kind.WORD || kind == Kind.ABBREVIATION) && Character.isUpperCase(text.codePointAt(0));
        }

        boolean is(String s) {
            return text.equals(s);
        }
    }

    private Tokens() {}

    static List<Token> of(Segmentation segmentation) {
        List<Token> out = new ArrayList<>(segmentation.words().size());
        for (Word w : segmentation.words()) {
            Kind kind = w.isAbbreviation() ? Kind.ABBREVIATION : w.isWord() ? Kind.WORD : w.isNumber() ? Kind.NUMBER : Kind.PUNCT;
            if (kind == Kind.PUNCT && w.length() == 2 && (w.text().charAt(0) == '’' || w.text().charAt(0) == '\'')) {
                // the possessive as apostrophe and s, as the rules read "Victoria ’ s premier"
                out.add(new Token(w.begin(), w.begin() + 1, Kind.PUNCT, w.text().substring(0, 1)));
                out.add(new Token(w.begin() + 1, w.end(), Kind.WORD, w.text().substring(1)));
                continue;
            }
            out.add(new Token(w.begin(), w.end(), kind, w.text()));
        }
        return out;
    }
}
