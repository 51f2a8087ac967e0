package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.Honorifics;

/**
 * A name the gazetteer lacks (or holds below its cut-off) followed by a comma and a known country, region or
 * state: {@code Kpandai, Ghana}, {@code Ambleside, Cumbria}. News places a town a reader may not know this way,
 * so the known area makes the name before it a town. The area must close the phrase (a comma, full stop or
 * bracket after it), which leaves out {@code Smith, Ghana’s envoy} and result lists ({@code Kenya, 2:03:05}).
 */
final class TownApposition {

    /** Marks that close the area of an apposition. */
    private static final Set<String> CLOSE = Set.of(",", ".", ";", ":", ")", "(", "—", "–");
    /** Words of the town's name, at most. */
    private static final int MAX_WORDS = 3;

    private final Gazetteer gazetteer;
    private final KnownAreas areas;

    TownApposition(Gazetteer gazetteer, KnownAreas areas) {
        this.gazetteer = gazetteer;
        this.areas = areas;
    }

    /** The town named from token {@code i}, or null. */
    Candidate at(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!CuedPlaces.startsName(t) || i > 0 && tokens.get(i - 1).capitalised()
                && Tokens.adjacent(text, tokens.get(i - 1), t)) {
            return null; // inside a longer capitalised run, which is read from its start
        }
        if (i > 0 && (Honorifics.is(tokens.get(i - 1).text()) || tokens.get(i - 1).kind() == Kind.NUMBER)) {
            return null; // "Dr Mensah, Ghana", "3. Kiptoo, Kenya"
        }
        int last = NameSpans.lastOfName(text, tokens, i);
        if (last - i >= MAX_WORDS * 2 || last + 2 >= tokens.size() || !tokens.get(last + 1).is(",")) {
            return null;
        }
        KnownAreas.Area area = areas.at(text, tokens, last + 2);
        if (area == null || !closes(tokens, area.last() + 1)
                || area.last() + 2 < tokens.size() && tokens.get(area.last() + 1).is(",")
                        && areas.at(text, tokens, area.last() + 2) != null) {
            // "Overall, Germany, France and Italy": a list of areas after an opening word
            return null;
        }
        String name = Tokens.spaced(text, t.begin(), tokens.get(last).end());
        return new Candidate(i, last, TownEntries.town(gazetteer, name, area.country()));
    }

    /** Whether a known area closes an apposition after the name ending at token {@code last}: {@code Eden, Victoria,}. */
    boolean areaAfter(String text, List<Token> tokens, int last) {
        if (last + 2 >= tokens.size() || !tokens.get(last + 1).is(",")) {
            return false;
        }
        KnownAreas.Area area = areas.at(text, tokens, last + 2);
        return area != null && closes(tokens, area.last() + 1);
    }

    /**
     * A water or land feature ({@code Tupper Lake}, {@code Mount Isa}) followed by a comma and a known area is a
     * town named after the feature; any other candidate is returned as it is.
     */
    Candidate settlement(String text, List<Token> tokens, Candidate c) {
        int last = c.last();
        if (!areaAfter(text, tokens, last)) {
            return c;
        }
        KnownAreas.Area area = areas.at(text, tokens, last + 2);
        String name = Tokens.spaced(text, tokens.get(c.first()).begin(), tokens.get(last).end());
        return new Candidate(c.first(), last, TownEntries.town(gazetteer, name, area.country()));
    }

    /**
     * The area ends its phrase at token {@code k}: the text ends, or a closing mark that no number (a result
     * list) or conjunction (a list of areas) follows.
     */
    private static boolean closes(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        if (!CLOSE.contains(tokens.get(k).text())) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        // "Eswatini, Ghana and Kenya", "Eswatini, Ghana, and ...": a list of areas, not a town and its area
        return next.kind() != Kind.NUMBER && !(tokens.get(k).is(",") && (next.is("and") || next.is("or")));
    }
}
