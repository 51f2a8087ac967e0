package io.concord.annotator.places;

import java.util.List;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.CalendarWords;

/**
 * A name the gazetteer lacks that an administrative word marks as a region: {@code the Wimmera region},
 * {@code the Eastern Province}.
 */
final class UnlistedRegions {

    private UnlistedRegions() {}

    /** The unlisted region at token {@code i}, or null. */
    static Candidate at(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Kind.WORD || Tokens.allCaps(t) || i + 1 >= tokens.size()
                || !Tokens.adjacent(text, t, tokens.get(i + 1))) {
            return null;
        }
        Token next = tokens.get(i + 1);
        if (PlaceWords.ADMIN_NAME_HEADS.contains(next.text()) && !OrganisationNames.HEADS.contains(t.text())
                && !(i + 2 < tokens.size() && Tokens.adjacent(text, next, tokens.get(i + 2))
                        && tokens.get(i + 2).capitalised())) {
            String name = text.substring(t.begin(), next.end());
            return new Candidate(i, i + 1, new Gazetteer.Entry(name, name, "region", -1, false, false));
        }
        boolean lowerAdmin = PlaceWords.ADMIN_AFTER.contains(next.text()) && Character.isLowerCase(next.text().charAt(0))
                && !next.is("state");
        if (lowerAdmin && !PlaceWords.FREE_BEFORE.contains(t.text()) && !CalendarWords.isMonth(t.text())
                && !Tokens.sentenceStart(text, tokens, i)
                && i > 0 && (tokens.get(i - 1).is("the") || tokens.get(i - 1).is("and") || tokens.get(i - 1).is(","))) {
            return new Candidate(i, i, new Gazetteer.Entry(t.text(), t.text(), "region", -1, false, false));
        }
        return null;
    }
}
