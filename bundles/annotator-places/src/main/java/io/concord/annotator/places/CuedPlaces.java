package io.concord.annotator.places;

import java.util.List;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.CalendarWords;
import io.concord.language.FunctionWords;

/**
 * A name the gazetteer lacks, or holds only below the population cut-off, that a {@link PlaceCues} cue makes a
 * place: {@code the town of Xalapa-Enríquez}, {@code Nimbin, a village in ...}, {@code Yass, 60 km north of
 * Canberra}, {@code in Nyamata village}. The name runs over capitalised words, hyphens and connectors ({@link NameSpans}).
 */
final class CuedPlaces {

    private final Gazetteer gazetteer;

    CuedPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The cued name starting at token {@code i}, or null. A compass word may open it ({@code residents of North
     * Tarrawong}): the cue makes the whole name the place, not the compass word that the gazetteer may list.
     */
    Candidate at(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean compassFirst = PlaceWords.DIRECTIONS.contains(t.text()) && i + 1 < tokens.size()
                && startsName(tokens.get(i + 1)) && Tokens.adjacent(text, t, tokens.get(i + 1));
        if (!startsName(t) && !compassFirst || i > 0 && startsName(tokens.get(i - 1)) && Tokens.adjacent(text, tokens.get(i - 1), t)) {
            return null; // inside a longer capitalised run, which is read from its start ("In Makhanda" is no run)
        }
        int last = NameSpans.lastOfName(text, tokens, i);
        PlaceCues.Cue cue = PlaceCues.before(tokens, i);
        if (cue == null) {
            cue = PlaceCues.after(tokens, last);
        }
        if (cue == null) {
            cue = PlaceCues.nounAfter(tokens, i, last);
        }
        if (cue == null) {
            cue = PlaceCues.basedAfter(tokens, last);
        }
        if (cue == null) {
            return null;
        }
        String name = Tokens.spaced(text, t.begin(), tokens.get(last).end());
        Gazetteer.Entry small = gazetteer.lookupSmall(name);
        String kind = cue == PlaceCues.Cue.DIVISION ? "region" : "city";
        Gazetteer.Entry e = small != null && kind.equals(small.kind())
                ? new Gazetteer.Entry(small.name(), small.canonical(), kind, small.population(), false, false, small.country())
                : new Gazetteer.Entry(name, name, kind, 1, false, false);
        return new Candidate(i, last, e);
    }

    /** A capitalised word that may open a name: not a function word, month, organisation or administrative word. */
    static boolean startsName(Token t) {
        return t.kind() == Kind.WORD && t.capitalised() && !Tokens.allCaps(t) && t.text().length() > 1
                && !FunctionWords.contains(t.text()) && !PlaceWords.FREE_BEFORE.contains(t.text())
                && !CalendarWords.isMonthOrWeekday(t.text()) && !OrganisationNames.HEADS.contains(t.text())
                && !PlaceWords.ADMIN_AFTER.contains(t.text());
    }
}
