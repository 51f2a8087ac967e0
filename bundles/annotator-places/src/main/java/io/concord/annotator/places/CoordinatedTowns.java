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

    /** Words of a name listed after a found place, at most: {@code Barrow Heights}. */
    private static final int MAX_LISTED_WORDS = 3;

    private final Gazetteer gazetteer;

    CoordinatedTowns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The unknown neighbours of found towns and regions, to be added to {@code found}. */
    List<Found> neighbours(String text, List<Token> tokens, List<Found> found) {
        List<Found> out = new ArrayList<>();
        // the tokens a found place covers, marked once: asking the list for each candidate cost a long text
        // time in the square of its length
        boolean[] taken = new boolean[tokens.size()];
        for (Found f : found) {
            for (int k = Math.max(0, f.first()); k <= f.last() && k < taken.length; k++) {
                taken[k] = true;
            }
        }
        for (Found f : found) {
            String kind = f.match().kind();
            if (!"city".equals(kind) && !"region".equals(kind)) {
                continue;
            }
            int after = f.last() + 2;
            out.addAll(listAfter(text, tokens, f, kind, taken));
            out.addAll(listBefore(text, tokens, f, kind, taken));
            int before = f.first() - 2;
            if (before >= 1 && tokens.get(f.first() - 1).is("and") && unknownName(text, tokens, before, taken)
                    && locativeList(text, tokens, before, f.last())) {
                out.add(found(text, tokens, before, kind));
            }
            // "from Tromsø to Skjervøy", "from Skjervøy to Tromsø": the two ends of a route
            if ("city".equals(kind) && after < tokens.size() && tokens.get(f.last() + 1).is("to") && f.first() > 0
                    && tokens.get(f.first() - 1).is("from") && unknownName(text, tokens, after, taken)) {
                out.add(found(text, tokens, after, kind));
            }
            if ("city".equals(kind) && before >= 1 && tokens.get(f.first() - 1).is("to")
                    && tokens.get(before - 1).is("from") && unknownName(text, tokens, before, taken)) {
                out.add(found(text, tokens, before, kind));
            }
        }
        return out;
    }

    /**
     * The unknown names listed after a found place up to the {@code and} that ends the list, under the preposition
     * that opens it: {@code residents of Tarrawonga, Elmsbury and Barrow Heights}. A name after a comma counts only
     * in a list that {@code and} ends ({@code in Wodonga, Elmsbury said} is no list); later names may have up to
     * {@link #MAX_LISTED_WORDS} words.
     */
    private List<Found> listAfter(String text, List<Token> tokens, Found f, String kind, boolean[] taken) {
        List<int[]> names = new ArrayList<>();
        int k = f.last() + 1;
        boolean ended = false;
        while (!ended && k + 1 < tokens.size() && (tokens.get(k).is(",") || tokens.get(k).is("and"))) {
            ended = tokens.get(k).is("and");
            int end = endOfName(text, tokens, k + 1);
            if (!unknownName(text, tokens, k + 1, end, taken)) {
                return List.of();
            }
            names.add(new int[] {k + 1, end});
            k = end + 1;
        }
        if (!ended || !locativeList(text, tokens, f.first(), names.get(names.size() - 1)[1])) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        for (int[] n : names) {
            out.add(found(text, tokens, n[0], n[1], kind));
        }
        return out;
    }

    /**
     * The unknown names listed before a found place, from the preposition that opens the list, when the list goes
     * on to {@code and} after it: {@code in Babinda, Cairns and Townsville}.
     */
    private List<Found> listBefore(String text, List<Token> tokens, Found f, String kind, boolean[] taken) {
        if (!endsLater(tokens, f.last() + 1)) {
            return List.of();
        }
        List<int[]> names = new ArrayList<>();
        int k = f.first() - 1;
        while (k >= 2 && tokens.get(k).is(",")) {
            int first = startOfName(text, tokens, k - 1);
            if (!unknownName(text, tokens, first, k - 1, taken)) {
                return List.of();
            }
            names.add(new int[] {first, k - 1});
            k = first - 1;
            if (k >= 0 && LIST_LOCATIVES.contains(tokens.get(k).text())) {
                List<Found> out = new ArrayList<>();
                names.forEach(n -> out.add(found(text, tokens, n[0], n[1], kind)));
                return out;
            }
        }
        return List.of();
    }

    /** Whether the list going on at {@code k} (a comma or {@code and}) reaches an {@code and} within its sentence. */
    private static boolean endsLater(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).is(",") && !tokens.get(k).is("and")) {
            return false;
        }
        for (int j = k; j < tokens.size() && j < k + 4 * MAX_LISTED_WORDS; j++) {
            if (tokens.get(j).is("and")) {
                return true;
            }
            if (tokens.get(j).is(".") || tokens.get(j).is(";")) {
                return false;
            }
        }
        return false;
    }

    /** The first of up to {@link #MAX_LISTED_WORDS} adjacent capitalised words ending at {@code last}. */
    private static int startOfName(String text, List<Token> tokens, int last) {
        int first = last;
        while (first > 0 && last - first + 1 < MAX_LISTED_WORDS && tokens.get(first - 1).capitalised()
                && !LIST_LOCATIVES.contains(tokens.get(first - 1).text())
                && tokens.get(first - 1).kind() == Tokens.Kind.WORD && Tokens.adjacent(text, tokens.get(first - 1), tokens.get(first))) {
            first--;
        }
        return first;
    }

    /** The last of up to {@link #MAX_LISTED_WORDS} adjacent capitalised words from {@code k}. */
    private static int endOfName(String text, List<Token> tokens, int k) {
        int end = k;
        while (end + 1 < tokens.size() && end + 1 - k < MAX_LISTED_WORDS && tokens.get(end + 1).capitalised()
                && tokens.get(end + 1).kind() == Tokens.Kind.WORD && Tokens.adjacent(text, tokens.get(end), tokens.get(end + 1))) {
            end++;
        }
        return end;
    }

    /** A capitalised word standing alone that no rule took, that the gazetteer lacks and that no person's clause follows. */
    private boolean unknownName(String text, List<Token> tokens, int k, boolean[] taken) {
        return unknownName(text, tokens, k, k, taken);
    }

    /** The same for a name of the capitalised words {@code [first, last]}. */
    private boolean unknownName(String text, List<Token> tokens, int first, int last, boolean[] taken) {
        Token t = tokens.get(first);
        String name = Tokens.spaced(text, t.begin(), tokens.get(last).end());
        if (!CuedPlaces.startsName(t) || name.length() < 3 || Countries.isDemonym(t.text())
                || gazetteer.lookup(name) != null || gazetteer.lookupAnyCase(name) != null) {
            return false;
        }
        if (first > 0 && tokens.get(first - 1).capitalised() && Tokens.adjacent(text, tokens.get(first - 1), t)
                && !LIST_LOCATIVES.contains(tokens.get(first - 1).text())) { // "In Babinda, ..." opens a sentence
            return false;
        }
        Token end = tokens.get(last);
        if (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            if (next.is(".") && next.begin() == end.end() && end.text().length() <= 5) {
                return false; // "Fla.", "Okla.": an abbreviation, which StateAbbreviations reads or leaves
            }
            if (next.capitalised() && Tokens.adjacent(text, end, next) || next.is("’") || next.is("'")
                    || next.text().startsWith("’") || next.text().startsWith("'") || ReportingVerbs.isSpeechVerb(next.text())) {
                return false;
            }
        }
        for (int k = first; k <= last; k++) {
            if (taken[k]) {
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
        return found(text, tokens, k, k, kind);
    }

    private static Found found(String text, List<Token> tokens, int k, int last, String kind) {
        int begin = tokens.get(k).begin();
        int end = tokens.get(last).end();
        String name = Tokens.spaced(text, begin, end);
        Gazetteer.Entry e = new Gazetteer.Entry(name, name, kind, 1, false, false);
        return new Found(new Match(begin, end, name, kind, 0.6), e, k, last);
    }
}
