package io.concord.annotator.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.annotator.places.PlaceRecognizer.Match;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.Countries;
import io.concord.language.ReportingVerbs;

/**
 * The later mentions of a town the gazetteer lacks, or holds below the population that makes a name a place on its
 * own, that a cue introduced ({@code near Llanwddyn}, a dateline),
 * or of a one-word region that a division word introduced ({@code Kheripur district}):
 * news names a village once with its cue and then bare ({@code shops in Llanwddyn}), and the bare name is the
 * same place. Likewise the short form of a feature named with its generic word ({@code the Snaefell Peninsula}
 * ... {@code on Snaefell}; {@code River Wensum} ... {@code the Wensum}), which keeps the feature's canonical name
 * and kind. Only the name standing alone, inside a sentence, not inside a longer capitalised name or before a
 * verb of speech.
 */
final class RepeatedTowns {

    /** Generic words before a feature's name that a later mention may drop: {@code Lake}, {@code River}, {@code Mount}. */
    private static final Set<String> GENERIC_BEFORE = Set.of("Lake", "River", "Mount");
    /** Generic words after a feature's name that a later mention may drop: {@code Peninsula}, {@code Valley}. */
    private static final Set<String> GENERIC_AFTER = Set.of("Peninsula", "Island", "Valley", "Desert", "Mountains",
            "Range", "Ridge", "Forest", "Basin", "Delta", "Plateau", "Glacier", "Volcano", "River");

    private RepeatedTowns() {}

    /** The other mentions of the unlisted towns and features in {@code found}, to be added to it. */
    static List<Found> mentions(Gazetteer gazetteer, String text, List<Token> tokens, List<Found> found) {
        Map<String, Match> names = new HashMap<>(); // the name as written later, and the mention it repeats
        for (Found f : found) {
            if (f.entry().population() == 1 && "city".equals(f.match().kind()) || unlistedRegion(gazetteer, f)
                    || smallTown(gazetteer, f)) {
                names.put(f.match().canonical(), f.match());
            }
            String shortForm = shortForm(tokens, f);
            if (shortForm != null && gazetteer.lookupAnyCase(shortForm) == null) {
                names.putIfAbsent(shortForm, f.match()); // a name the gazetteer holds is read by the matcher
            }
        }
        List<Found> out = new ArrayList<>();
        if (names.isEmpty()) {
            return out;
        }
        boolean[] taken = new boolean[tokens.size()];
        for (Found f : found) {
            for (int k = f.first(); k <= f.last(); k++) {
                taken[k] = true;
            }
        }
        Map<String, List<Integer>> byText = new HashMap<>(); // a token's text -> where it stands
        for (int k = 0; k < tokens.size(); k++) {
            byText.computeIfAbsent(tokens.get(k).text(), t -> new ArrayList<>()).add(k);
        }
        for (Map.Entry<String, Match> named : names.entrySet()) {
            String name = named.getKey();
            Match model = named.getValue();
            int searchedTo = 0;
            for (int first : occurrences(text, tokens, byText, name)) {
                int begin = tokens.get(first).begin();
                int end = begin + name.length();
                if (begin < searchedTo) {
                    continue; // overlaps the occurrence before, as a left-to-right search would skip it
                }
                searchedTo = end;
                int last = first;
                while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= end) {
                    last++;
                }
                if (tokens.get(last).end() != end || alreadyTaken(taken, first, last)
                        || !standsAlone(text, tokens, first, last)
                        || !name.equals(model.canonical()) && Tokens.sentenceStart(text, tokens, first)) {
                    continue; // a short form at a sentence start may be a plain word: "Kangaroo numbers fell"
                }
                Gazetteer.Entry e = new Gazetteer.Entry(name, model.canonical(), model.kind(), 1, false, false);
                out.add(new Found(new Match(begin, end, model.canonical(), model.kind(), 0.6), e, first, last));
                for (int k = first; k <= last; k++) {
                    taken[k] = true;
                }
            }
        }
        return out;
    }

    /**
     * A town below the population that makes a name a place on its own, found where a cue made it one (a dateline,
     * {@code in X}): its bare later mentions ({@code chose X}) are the same town.
     */
    private static boolean smallTown(Gazetteer gazetteer, Found f) {
        String name = f.match().canonical();
        return "city".equals(f.match().kind()) && gazetteer.lookup(name) == null && gazetteer.lookupSmall(name) != null;
    }

    /**
     * A region the gazetteer lacks that a division word made one ({@code Uttar Pradesh's Kheripur district}), named
     * in one word: news goes on to name it bare ({@code Kheripur alone lost ...}).
     */
    private static boolean unlistedRegion(Gazetteer gazetteer, Found f) {
        return f.first() == f.last() && "region".equals(f.match().kind()) && f.entry().population() < 0
                && f.entry().name().equals(f.match().canonical()) && gazetteer.lookupAnyCase(f.match().canonical()) == null
                && gazetteer.lookupSmall(f.match().canonical()) == null;
    }

    /**
     * The tokens, in text order, where {@code name} is written in full, starting at the token and not
     * running on into a letter or digit. Found through the tokens that begin it (each a prefix of the name),
     * so a long document with many such names is not scanned once per name.
     */
    private static List<Integer> occurrences(String text, List<Token> tokens, Map<String, List<Integer>> byText,
                                             String name) {
        List<Integer> at = new ArrayList<>();
        for (int length = 1; length <= name.length(); length++) {
            for (int k : byText.getOrDefault(name.substring(0, length), List.of())) {
                int begin = tokens.get(k).begin();
                int end = begin + name.length();
                if (text.startsWith(name, begin) && (begin == 0 || !letterOrNumber(text.codePointBefore(begin)))
                        && (end == text.length() || !letterOrNumber(text.codePointAt(end)))) {
                    at.add(k);
                }
            }
        }
        at.sort(null);
        return at;
    }

    private static boolean letterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The one-word name of a feature written with its generic word ({@code Snaefell} of {@code Snaefell Peninsula},
     * {@code Wensum} of {@code River Wensum}), or null.
     */
    private static String shortForm(List<Token> tokens, Found f) {
        String kind = f.match().kind();
        if (f.last() != f.first() + 1 || !"water".equals(kind) && !"other".equals(kind) && !"region".equals(kind)) {
            return null;
        }
        Token a = tokens.get(f.first());
        Token b = tokens.get(f.last());
        Token name = GENERIC_BEFORE.contains(a.text()) ? b : GENERIC_AFTER.contains(b.text()) ? a : null;
        return name != null && name.text().length() >= 4 && CuedPlaces.startsName(name)
                && !Countries.isDemonym(name.text()) ? name.text() : null;
    }

    private static boolean alreadyTaken(boolean[] taken, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsAlone(String text, List<Token> tokens, int first, int last) {
        if (hyphenJoined(text, tokens.get(first).begin() - 1) || hyphenJoined(text, tokens.get(last).end())) {
            return false; // "the Bishop of Leiria-X": one half of a compound name
        }
        if (first > 0 && tokens.get(first - 1).capitalised() && Tokens.adjacent(text, tokens.get(first - 1), tokens.get(first))
                && !Tokens.sentenceStart(text, tokens, first)) {
            return false;
        }
        if (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            return !(next.capitalised() && Tokens.adjacent(text, tokens.get(last), next))
                    && !ReportingVerbs.isSpeechVerb(next.text());
        }
        return true;
    }

    /** Whether the character at {@code at} is a hyphen joining two words ({@code Leiria-Fátima}). */
    private static boolean hyphenJoined(String text, int at) {
        return at > 0 && at + 1 < text.length() && (text.charAt(at) == '-' || text.charAt(at) == '\u2010')
                && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at + 1));
    }
}
