package io.concord.annotator.places;

import java.util.List;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.Honorifics;
import io.concord.language.ReportingVerbs;

/**
 * A place name that is half of a hyphenated personal name: {@code Anna Holden-Jordan said}, {@code Dr Smith-Jordan}.
 * The other half is a capitalised word that names no place, and the compound stands where a person does: after
 * an honorific or a first name, or before a verb of speech. {@code US-Russia talks} join two places and stay.
 */
final class HyphenatedNames {

    private HyphenatedNames() {}

    /**
     * Whether the name at tokens {@code [first, last]} is half of a hyphenated personal name. When the other half
     * names a place too ({@code Holden-Jordan}) only a first name or honorific before the compound tells.
     */
    static boolean half(String text, List<Token> tokens, int first, int last, GazetteerMatcher matcher) {
        int start = first;
        int end = last;
        int other;
        if (joinedAt(tokens, last + 1) && nameWord(tokens.get(last + 2))) {
            end = last + 2; // "Jordan-Smith"
            other = end;
        } else if (first >= 2 && joinedAt(tokens, first - 1) && nameWord(tokens.get(first - 2))) {
            start = first - 2; // "Smith-Jordan"
            other = start;
        } else {
            return false;
        }
        Token before = start > 0 && Tokens.adjacent(text, tokens.get(start - 1), tokens.get(start))
                ? tokens.get(start - 1) : null;
        if (before != null && (Honorifics.is(before.text()) || before.kind() == Kind.WORD && before.capitalised()
                && !PlaceWords.FREE_BEFORE.contains(before.text()) && !Tokens.allCaps(before))) {
            return true;
        }
        return !matcher.startsPlace(text, tokens, other) && end + 1 < tokens.size()
                && ReportingVerbs.isSpeechVerb(tokens.get(end + 1).text());
    }

    /** A hyphen at {@code k} that touches the tokens on both sides. */
    private static boolean joinedAt(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && tokens.get(k).is("-")
                && tokens.get(k - 1).end() == tokens.get(k).begin() && tokens.get(k).end() == tokens.get(k + 1).begin();
    }

    private static boolean nameWord(Token t) {
        return t.kind() == Kind.WORD && t.capitalised() && !Tokens.allCaps(t);
    }
}
