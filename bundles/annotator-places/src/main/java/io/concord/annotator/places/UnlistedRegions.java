package io.concord.annotator.places;

import java.util.List;
import java.util.Set;

import io.concord.annotator.places.Tokens.Kind;
import io.concord.annotator.places.Tokens.Token;
import io.concord.language.CalendarWords;
import io.concord.language.Countries;
import io.concord.language.FunctionWords;

/**
 * A name the gazetteer lacks that an administrative word marks as a region: {@code the Wimmera region},
 * {@code the Eastern Province}, {@code Taita-Taveta County}, the last of {@code the Kern and Tulare counties}.
 */
final class UnlistedRegions {

    /** Plural division words after a list of names the gazetteer may lack ("states" is left out: "Arab states"). */
    private static final Set<String> PLURAL_DIVISIONS = Set.of("regions", "provinces", "oblasts", "governorates",
            "districts", "counties", "prefectures");

    /** Lower-case division nouns after a name ("state" is left out: "the Kano state government" reads either way). */
    private static final Set<String> LOWER_DIVISIONS = Set.of("region", "province", "district", "county", "regency",
            "oblast", "governorate", "prefecture", "krai", "municipality");

    /** Prepositions of place before a division's name: {@code in X regency}, {@code across X district}. */
    private static final Set<String> LOCATIVES = Set.of("in", "of", "near", "across", "throughout", "from", "into",
            "outside", "around");

    /** Words before the first name of a list of divisions: {@code for Modoc and Lassen counties}. */
    private static final Set<String> LIST_OPENERS = Set.of("the", "in", "of", "for", "from", "across", "throughout",
            "into", "to", "around", "outside", "near", "between");

    /** Words of a division's name before its lower-case noun, at most: {@code Gunung Kidul regency}. */
    private static final int MAX_NAME_WORDS = 2;

    private UnlistedRegions() {}

    /** The unlisted region at token {@code i}, or null. */
    static Candidate at(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Candidate division = afterLocative(text, tokens, i);
        if (division != null) {
            return division;
        }
        int end = hyphenated(tokens, i); // "Taita-Taveta County"
        if (t.kind() != Kind.WORD || Tokens.allCaps(t) || end + 1 >= tokens.size()
                || !Tokens.adjacent(text, tokens.get(end), tokens.get(end + 1))) {
            return null;
        }
        Token next = tokens.get(end + 1);
        if (PlaceWords.ADMIN_NAME_HEADS.contains(next.text()) && !OrganisationNames.HEADS.contains(t.text())
                && !(end + 2 < tokens.size() && Tokens.adjacent(text, next, tokens.get(end + 2))
                        && tokens.get(end + 2).capitalised() && !officerBeforeName(tokens, end + 2))) {
            String name = text.substring(t.begin(), next.end());
            return new Candidate(i, end + 1, new Gazetteer.Entry(name, name, "region", -1, false, false));
        }
        Candidate listed = inDivisionList(text, tokens, i);
        if (listed != null) {
            return listed;
        }
        boolean lowerAdmin = (PlaceWords.ADMIN_AFTER.contains(next.text()) || next.is("territory"))
                && Character.isLowerCase(next.text().charAt(0)) && !next.is("state") && !Countries.isDemonym(t.text())
                || i > 0 && tokens.get(i - 1).is("and") && PLURAL_DIVISIONS.contains(next.text());
        if (end == i && i > 0 && tokens.get(i - 1).is("the") && pluralDivisionAhead(tokens, i)
                && !PlaceWords.FREE_BEFORE.contains(t.text())) {
            return new Candidate(i, i, new Gazetteer.Entry(t.text(), t.text(), "region", -1, false, false));
        }
        if (lowerAdmin && end == i && !PlaceWords.FREE_BEFORE.contains(t.text()) && !CalendarWords.isMonth(t.text())
                && !Tokens.sentenceStart(text, tokens, i)
                && i > 0 && (tokens.get(i - 1).is("the") || tokens.get(i - 1).is("and") || tokens.get(i - 1).is(",")
                        || possessive(tokens, i) || stateBefore(tokens, i))) {
            // "Kenya's Samburu region": a country's possessive stands where the article would
            return new Candidate(i, i, new Gazetteer.Entry(t.text(), t.text(), "region", -1, false, false));
        }
        return null;
    }

    /**
     * {@code in Gunung Kidul regency}, {@code across Wamburo district}: one or two capitalised words between a
     * preposition of place and a lower-case division noun that ends the phrase (not {@code X province governor}).
     */
    private static Candidate afterLocative(String text, List<Token> tokens, int i) {
        if (i == 0 || !LOCATIVES.contains(tokens.get(i - 1).text())) {
            return null;
        }
        for (int j = i; j < tokens.size() - 1 && j < i + MAX_NAME_WORDS; j++) {
            Token w = tokens.get(j);
            if (w.kind() != Kind.WORD || !w.capitalised() || Tokens.allCaps(w) || PlaceWords.FREE_BEFORE.contains(w.text())
                    || CalendarWords.isMonth(w.text()) || j > i && !Tokens.adjacent(text, tokens.get(j - 1), w)) {
                return null;
            }
            Token noun = tokens.get(j + 1);
            if (LOWER_DIVISIONS.contains(noun.text()) && Tokens.adjacent(text, w, noun)) {
                boolean phraseEnds = j + 2 >= tokens.size() || tokens.get(j + 2).kind() != Kind.WORD
                        || !Character.isLetter(tokens.get(j + 2).text().charAt(0))
                        || FunctionWords.contains(tokens.get(j + 2).text()) || Character.isUpperCase(tokens.get(j + 2).text().charAt(0));
                if (!phraseEnds) {
                    return null;
                }
                String name = text.substring(tokens.get(i).begin(), w.end());
                return new Candidate(i, j, new Gazetteer.Entry(name, name, "region", -1, false, false));
            }
        }
        return null;
    }

    /**
     * One name of a list of divisions with its plural noun after the last, a name of up to {@link #MAX_NAME_WORDS}
     * words: {@code for Modoc and Lassen counties}, {@code the Mirrabook and Tallong Flats council areas},
     * {@code from Rampur Kalan and Sitapur districts}. The first name opens after a preposition or article, the
     * others after {@code and} or a comma.
     */
    private static Candidate inDivisionList(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return null;
        }
        Token before = tokens.get(i - 1);
        boolean first = LIST_OPENERS.contains(before.text());
        if (!first && !before.is("and") && !before.is(",")) {
            return null;
        }
        int end = i;
        for (int j = i; j < tokens.size() && j < i + MAX_NAME_WORDS; j++) {
            Token w = tokens.get(j);
            if (w.kind() != Kind.WORD || !w.capitalised() || Tokens.allCaps(w) || PlaceWords.FREE_BEFORE.contains(w.text())
                    || CalendarWords.isMonth(w.text()) || OrganisationNames.HEADS.contains(w.text())
                    || j > i && !Tokens.adjacent(text, tokens.get(j - 1), w)) {
                break;
            }
            end = j;
        }
        if (end == i && !CuedPlaces.startsName(tokens.get(i))) {
            return null;
        }
        boolean closes = first ? pluralDivisionAhead(tokens, end) : pluralDivisionAt(tokens, end + 1);
        if (!closes || first && end + 1 < tokens.size() && pluralDivisionAt(tokens, end + 1)) {
            return null; // one name right before the plural noun is no list: "the Baltic regions"
        }
        String name = text.substring(tokens.get(i).begin(), tokens.get(end).end());
        return new Candidate(i, end, new Gazetteer.Entry(name, name, "region", -1, false, false));
    }

    /** A plural division noun at token {@code k}: {@code counties}, also {@code council areas} (Australia's). */
    private static boolean pluralDivisionAt(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        return PLURAL_DIVISIONS.contains(tokens.get(k).text())
                || tokens.get(k).is("council") && k + 1 < tokens.size() && tokens.get(k + 1).is("areas");
    }

    /**
     * {@code Sheriff Dana} at token {@code k}: an officer's title with a capitalised name after it, so that
     * {@code Siskiyou County Sheriff Dana Verity} names the county in the officer's role, while
     * {@code Siskiyou County Sheriff's Office} stays an organisation.
     */
    private static boolean officerBeforeName(List<Token> tokens, int k) {
        return PlaceWords.LOCAL_OFFICERS.contains(tokens.get(k).text()) && k + 1 < tokens.size()
                && tokens.get(k + 1).kind() == Kind.WORD && tokens.get(k + 1).capitalised();
    }

    /** {@code the NSW Wollemi region}: a state's abbreviation after the article stands where a possessive would. */
    private static boolean stateBefore(List<Token> tokens, int i) {
        return i >= 2 && Tokens.allCaps(tokens.get(i - 1)) && tokens.get(i - 2).is("the");
    }

    /** A possessive ending right before token {@code i}: {@code Kenya’s}, split as {@code ’} and {@code s}. */
    private static boolean possessive(List<Token> tokens, int i) {
        return i >= 3 && tokens.get(i - 1).is("s") && (tokens.get(i - 2).is("’") || tokens.get(i - 2).is("'"))
                && tokens.get(i - 3).capitalised();
    }

    /** {@code the Kern and Mariposa counties}: names joined by "and" or commas up to a plural division word. */
    private static boolean pluralDivisionAhead(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size() && k <= i + 8; k++) {
            Token t = tokens.get(k);
            if (pluralDivisionAt(tokens, k)) {
                return k > i + 1;
            }
            if (!t.is("and") && !t.is(",") && !t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** The last token of capitalised words joined by hyphens from {@code i}: {@code Elgeyo-Marakwet}. */
    private static int hyphenated(List<Token> tokens, int i) {
        int end = i;
        while (end + 2 < tokens.size() && tokens.get(end + 1).is("-") && tokens.get(end + 2).capitalised()
                && tokens.get(end).end() == tokens.get(end + 1).begin()
                && tokens.get(end + 1).end() == tokens.get(end + 2).begin()) {
            end += 2;
        }
        return end;
    }
}
