package io.concord.annotator.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.concord.annotator.people.Tokens.Kind;
import io.concord.annotator.people.Tokens.Token;
import io.concord.language.CalendarWords;

/**
 * What a single word tells about a name: the word lists of name parts (particles, suffixes) and
 * the lexicon tests of whether a capitalised word can be part of a name, a clear given name, an everyday
 * word used as a name or part of an East Asian name. Shared by candidate finding and judging.
 */
final class NameWords {

    static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "del", "della", "di", "da",
            "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "ten", "te", "zu", "y", "ben", "abu", "bint",
            "dela", "delos", "delas", "los", "las", "binti", "ap", "Ó", "Ní", "Nic", "Uí",
            "St.");
    /** Particles written capitalised that open an Irish surname used alone: {@code Ó Briain}, {@code Ní Bhriain}. */
    static final Set<String> CAPITALISED_PARTICLES = Set.of("Ó", "Ní", "Nic", "Uí");
    static final Set<String> SUFFIXES = Set.of("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV");
    static final Set<String> ARTICLES = Set.of("the", "a", "an", "The", "A", "An");
    private static final Set<String> FUNCTION_WORDS = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "And",
            "But", "Or", "Of", "To", "As", "With", "From", "So", "If", "Then", "When", "Now", "Yet", "Its", "His", "Her");
    private static final Pattern ARTICLE_PREFIX = Pattern.compile("(al|el|ad|as|ash|at|az|an|ar|ibn|bin|abu|bel|ben)-\\p{Lu}\\p{L}+");

    private final NameLexicon lexicon;

    NameWords(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A capitalised word that can be part of a name. {@code afterGiven}: it follows a clear given name, where
     * everyday words and places are surnames ({@code Gordon Brown}, {@code Lloyd Austin}).
     */
    boolean nameWord(Token t, boolean afterGiven) {
        if (t.kind() == Kind.WORD && Character.isLowerCase(t.text().charAt(0)) && t.text().indexOf('-') > 0
                && ARTICLE_PREFIX.matcher(t.text()).matches()) {
            return true; // "al-Sisi", "el-Sheikh", "bin-Laden": Arabic article written lower case
        }
        if (t.kind() != Kind.WORD || !t.capitalised() || t.text().length() < 2 || t.acronym()) {
            return false;
        }
        String w = t.text();
        if (FormsOfAddress.is(w) || Roles.isRoleWord(t) && !afterGiven) {
            return false;
        }
        if (CalendarWords.isCalendarWord(w) && !afterGiven) {
            return false;
        }
        if (w.startsWith("Saint-") || w.startsWith("Sainte-")) {
            return false; // "Saint-Germain", "Saint-Denis": places and clubs
        }
        if (w.indexOf('-') > 0 && hyphenPartsExcluded(w)) {
            return false; // "US-Russia", "Russian-American", "Kremlin-backed"
        }
        int tags = lexicon.tags(w);
        if ((tags & (NameLexicon.ORGANISATION | NameLexicon.HOLIDAY | NameLexicon.DEMONYM)) != 0) {
            return false;
        }
        boolean personal = (tags & (NameLexicon.GIVEN | NameLexicon.SURNAME)) != 0;
        if ((tags & (NameLexicon.WORD | NameLexicon.PLACE)) != 0 && !personal && !afterGiven) {
            return false;
        }
        return true;
    }

    /**
     * Whether a hyphenated word is not a name: an acronym or an ordinary lower-case word in it ("US-Russia",
     * "Kremlin-backed"), or only places, demonyms and organisations ("Russian-American"). A personal part
     * keeps it a name even beside a place ("Ruiz-Cortés", "Cruz-Santos").
     */
    private boolean hyphenPartsExcluded(String w) {
        boolean capitalised = false;
        boolean allPlaceLike = true;
        for (String part : w.split("[-‑]")) {
            if (part.isEmpty()) {
                continue;
            }
            int tags = lexicon.tags(part);
            boolean upper = part.equals(part.toUpperCase(Locale.ROOT)) && part.length() > 1;
            // "Lai Ching-te", "Moon Jae-in", "Lee Jae-myung" keep a short lower-case syllable; "Kremlin-backed",
            // "Putin-era" do not
            boolean syllable = isSyllable(part);
            if (upper || Character.isLowerCase(part.charAt(0)) && !syllable) {
                return true;
            }
            if (Character.isUpperCase(part.charAt(0))) {
                capitalised = true;
                boolean placeLike = (tags & (NameLexicon.PLACE | NameLexicon.DEMONYM | NameLexicon.ORGANISATION)) != 0
                        && (tags & (NameLexicon.GIVEN | NameLexicon.SURNAME)) == 0;
                allPlaceLike &= placeLike;
            }
        }
        return capitalised && allPlaceLike;
    }

    /**
     * A short lower-case syllable of an East Asian given name ("woo" in Hyun-woo, "in" in Jae-in). No romanised
     * syllable ends in "ed": such a part is an English participle ("Tel Aviv-based", "state-owned").
     */
    private boolean isSyllable(String part) {
        return Character.isLowerCase(part.charAt(0)) && (part.length() <= 2
                || !lexicon.has(part, NameLexicon.WORD) && part.length() <= 5 && !(part.length() >= 4 && part.endsWith("ed")));
    }

    /** A short capitalised word that can be an East Asian surname (Kim, Shin, Moon, Lai). */
    boolean eastAsianSurname(Token t) {
        String w = t.text();
        return t.kind() == Kind.WORD && t.capitalised() && !t.acronym() && w.length() >= 2 && w.length() <= 5
                && w.indexOf('-') < 0 && !FUNCTION_WORDS.contains(w) && !FormsOfAddress.is(w) && !CalendarWords.isCalendarWord(w)
                && !Roles.isRoleWord(t) && (lexicon.tags(w) & (NameLexicon.PLACE | NameLexicon.DEMONYM
                | NameLexicon.ORGANISATION)) == 0;
    }

    /** A hyphenated given name: an unknown capitalised syllable and a short lower-case one (Hyun-woo, Jae-in). */
    boolean eastAsianGivenName(Token t) {
        String w = t.text();
        int dash = w.indexOf('-');
        if (t.kind() != Kind.WORD || dash < 2 || dash != w.lastIndexOf('-') || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String first = w.substring(0, dash);
        String second = w.substring(dash + 1);
        // the second syllable may be an English word too ("woo", "won", "bin"): the first carries the evidence; but
        // no romanised syllable ends in "ed" ("Tel Aviv-based" is no "Shin Hyun-woo")
        return !second.isEmpty() && second.length() <= 5 && second.chars().allMatch(Character::isLowerCase)
                && !(second.length() >= 4 && second.endsWith("ed"))
                && first.length() <= 5 && (lexicon.tags(first) & (NameLexicon.WORD | NameLexicon.PLACE | NameLexicon.DEMONYM)) == 0;
    }

    /** A capitalised word the lexicon does not know, or knows only as a surname: {@code Tinubu}. */
    boolean unknownName(Token t) {
        if (t.kind() != Kind.WORD || !t.capitalised() || t.acronym() || t.text().length() < 3 || !nameWord(t, false)) {
            return false;
        }
        int tags = lexicon.tags(t.text());
        return tags == 0 || tags == NameLexicon.SURNAME;
    }

    /**
     * A word with letters English does not write ({@code ł}, {@code ğ}, {@code ø}, {@code ư}) that the lexicon
     * knows as nothing but a name: a name of another language rather than an English word or a place.
     */
    boolean otherLanguageName(Token t) {
        String w = t.text();
        if ((lexicon.tags(w) & ~(NameLexicon.GIVEN | NameLexicon.SURNAME)) != 0) {
            return false;
        }
        return w.codePoints().anyMatch(ch -> ch > 0x7f && Character.isLetter(ch));
    }

    /** A given name that is not also an everyday word or a place: what follows it is a surname. */
    boolean strongGiven(Token t) {
        int tags = lexicon.tags(t.text());
        return (tags & NameLexicon.GIVEN) != 0 && (tags & (NameLexicon.WORD | NameLexicon.PLACE)) == 0;
    }

    /** A capitalised everyday word in mid-sentence ("Trump", "Brown"): a name only with strong context. */
    boolean everydayWordAsName(Token t) {
        if (t.kind() != Kind.WORD || !t.capitalised() || t.acronym() || t.text().length() < 3
                || FormsOfAddress.is(t.text()) || CalendarWords.isCalendarWord(t.text()) || Roles.isRoleWord(t)) {
            return false;
        }
        int tags = lexicon.tags(t.text());
        return (tags & NameLexicon.WORD) != 0 && (tags & (NameLexicon.PLACE | NameLexicon.DEMONYM
                | NameLexicon.ORGANISATION | NameLexicon.HOLIDAY)) == 0;
    }

    /** Given names written short before the rest of a name: {@code Ma. Cristina} (Maria, in Philippine news). */
    private static final Set<String> ABBREVIATED_GIVEN_NAMES = Set.of("Ma.");

    /** Initials written as one word, {@code A.K.} or {@code J.}: capital letters, each with its full stop. */
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,3}");

    /**
     * Initials that open a name ({@code R.K. Sharma}): not an abbreviation the lexicon knows ({@code U.S.}) and
     * followed, apart by spaces, by a word that can be a name.
     */
    boolean initialsOpeningName(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean opening = ABBREVIATED_GIVEN_NAMES.contains(t.text()) // "Ma" alone is a surname too
                || INITIALS.matcher(t.text()).matches() && lexicon.tags(t.text()) == 0 && lexicon.tags(t.bare()) == 0;
        if (t.kind() != Kind.ABBREVIATION || !opening) {
            return false;
        }
        // "B. K. Menon": a run of initials (up to three) before the name word
        int k = i + 1;
        while (k < tokens.size() && k <= i + 2 && initial(tokens.get(k)) && Tokens.adjacent(text, tokens.get(k - 1), tokens.get(k))) {
            k++;
        }
        return k < tokens.size() && Tokens.adjacent(text, tokens.get(k - 1), tokens.get(k)) && nameWord(tokens.get(k), false);
    }

    /**
     * The inner words of a name that news also uses alone: "Lula" of "Luiz Inacio Lula da Silva", "Tupayachi" of
     * "Rosaura Tupayachi Quispe" (Spanish and Andean names put the family name used alone before the second
     * surname). Capitalised words of three letters or more; particles and initials name nobody on their own.
     */
    static List<Token> innerParts(List<Token> tokens, int first, int last) {
        List<Token> out = new ArrayList<>();
        for (int t = first + 1; t < last; t++) {
            String part = tokens.get(t).text();
            if (part.length() >= 3 && Character.isUpperCase(part.charAt(0)) && !PARTICLES.contains(part)) {
                out.add(tokens.get(t));
            }
        }
        return out;
    }

    /** An initial such as {@code W.}: a capital letter and its full stop. */
    static boolean initial(Token t) {
        return t.kind() == Kind.ABBREVIATION && t.text().length() == 2 && Character.isUpperCase(t.text().charAt(0));
    }
}
