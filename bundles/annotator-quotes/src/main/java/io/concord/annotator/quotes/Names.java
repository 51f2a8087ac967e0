package io.concord.annotator.quotes;

import io.concord.language.TextKeys;

/**
 * What a name's written form tells, for matching mentions of one person: its accent-free key, surname and
 * first name, its length in words, whether two surnames are spelling variants, and the gender its title or
 * first name suggests. Stateless.
 */
final class Names {
    private static final Lexicon LEX = Lexicon.INSTANCE;

    private Names() {
    }

    /** Lower case, accents and other combining marks removed, curly apostrophe as straight. */
    static String fold(String s) {
        return TextKeys.key(s);
    }

    /** The folded last word of a name. */
    static String surname(String name) {
        String[] w = fold(name).split(" ");
        return w[w.length - 1];
    }

    /** The folded first word of a name. */
    static String firstName(String name) {
        return fold(name).split(" ")[0];
    }

    /** Same surname, allowing one edit on longer names (Kovalsky / Kovalskyy / Kovalskiy). */
    static boolean sameSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 6 || b.length() < 6 || !a.regionMatches(0, b, 0, 4)) {
            return false;
        }
        return withinOneEdit(a, b);
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }

    /** The gender a title word of the role says, else a listed female first name; else unknown. */
    static Mention.Gender gender(String canonical, String role) {
        for (String r : role.split(" ")) {
            if (LEX.FEMALE_TITLES.contains(r)) {
                return Mention.Gender.FEMALE;
            }
            if (LEX.MALE_TITLES.contains(r)) {
                return Mention.Gender.MALE;
            }
        }
        return LEX.femaleNames.contains(firstName(canonical)) ? Mention.Gender.FEMALE : Mention.Gender.UNKNOWN;
    }

    /** The name with more words (the first on a tie). */
    static String fuller(String a, String b) {
        return words(b) > words(a) ? b : a;
    }

    /** Words of a name (space-separated). */
    static int words(String s) {
        return s.split(" ").length;
    }
}
