package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.Countries;
import io.concord.language.ReportingVerbs;

/**
 * A town or district the gazetteer lacks, joined by {@code and} to a place found under a preposition of place:
 * {@code in Kisumu and Ombeyi}, {@code near Ombeyi and Kisumu}, or the other end of a route from or to a found town
 * ({@code from Tromsø to Skjervøy}). News lists places of one kind together, so the unknown name takes the kind of
 * its neighbour. A single capitalised word only, never before a possessive or a
 * verb of speech, where {@code and} joins a clause about a person rather than a list of places.
 */
final class CoordinatedTowns {

    /** Prepositions that open a list of places; not {@code to}, which also opens a list of people addressed. */
    private static final Set<String> LIST_LOCATIVES = Set.of("in", "near", "outside", "around", "across", "between",
            "from", "into", "towards", "toward", "via", "at", "In", "Near", "Around", "Between", "From", "At");

    private final Gazetteer gazetteer;

    CoordinatedTowns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The unknown neighbours of found towns and regions, to be added to {@code found}. */
    List<Found> neighbours(String text, List<Token> tokens, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            String kind = f.match().kind();
            if (!"city".equals(kind) && !"region".equals(kind)) {
                continue;
            }
            int after = f.last() + 2;
            if (after < tokens.size() && tokens.get(f.last() + 1).is("and") && unknownName(text, tokens, after, found)
                    && locativeList(text, tokens, f.first(), after)) {
                out.add(found(text, tokens, after, kind));
            }
            int before = f.first() - 2;
            if (before >= 1 && tokens.get(f.first() - 1).is("and") && unknownName(text, tokens, before, found)
                    && locativeList(text, tokens, before, f.last())) {
                out.add(found(text, tokens, before, kind));
            }
            // "from Tromsø to Skjervøy", "from Skjervøy to Tromsø": the two ends of a route
            if ("city".equals(kind) && after < tokens.size() && tokens.get(f.last() + 1).is("to") && f.first() > 0
                    && tokens.get(f.first() - 1).is("from") && unknownName(text, tokens, after, found)) {
                out.add(found(text, tokens, after, kind));
            }
            if ("city".equals(kind) && before >= 1 && tokens.get(f.first() - 1).is("to")
                    && tokens.get(before - 1).is("from") && unknownName(text, tokens, before, found)) {
                out.add(found(text, tokens, before, kind));
            }
        }
        return out;
    }

    /** A capitalised word standing alone that no rule took, that the gazetteer lacks and that no person's clause follows. */
    private boolean unknownName(String text, List<Token> tokens, int k, List<Found> found) {
        Token t = tokens.get(k);
        if (!CuedPlaces.startsName(t) || t.text().length() < 3 || Countries.isDemonym(t.text())
                || gazetteer.lookup(t.text()) != null || gazetteer.lookupAnyCase(t.text()) != null) {
            return false;
        }
        if (k > 0 && tokens.get(k - 1).capitalised() && Tokens.adjacent(text, tokens.get(k - 1), t)) {
            return false;
        }
        if (k + 1 < tokens.size()) {
            Token next = tokens.get(k + 1);
            if (next.is(".") && next.begin() == t.end() && t.text().length() <= 5) {
                return false; // "Fla.", "Okla.": an abbreviation, which StateAbbreviations reads or leaves
            }
            if (next.capitalised() && Tokens.adjacent(text, t, next) || next.is("’") || next.is("'")
                    || next.text().startsWith("’") || next.text().startsWith("'") || ReportingVerbs.isSpeechVerb(next.text())) {
                return false;
            }
        }
        for (Found f : found) {
            if (f.first() <= k && f.last() >= k) {
                return false;
            }
        }
        return true;
    }

    /** A preposition of place opens the list from {@code first} to {@code last}. */
    private static boolean locativeList(String text, List<Token> tokens, int first, int last) {
        int k = Coordination.before(text, tokens, first, last);
        // "the hamlets of X and Y": a plural settlement noun opens the list too
        return k >= 0 && (LIST_LOCATIVES.contains(tokens.get(k).text()) || PlaceCues.pluralNounOf(tokens, k));
    }

    private static Found found(String text, List<Token> tokens, int k, String kind) {
        Token t = tokens.get(k);
        Gazetteer.Entry e = new Gazetteer.Entry(t.text(), t.text(), kind, 1, false, false);
        return new Found(new Match(t.begin(), t.end(), t.text(), kind, 0.6), e, k, k);
    }
}
