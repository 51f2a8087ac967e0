package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what a figure counts or measures from the words after it: the counted noun of a count
 * ({@code 19,000 Ukrainian children} gives {@code children}), the head of an {@code of} phrase for shares and
 * measures ({@code 19% of Ukrainian territory} gives {@code territory}), or the noun a unit modifies
 * ({@code a five-hour meeting} gives {@code meeting}). A shallow noun-phrase reading, no parser.
 */
final class MeasuredNoun {
    private MeasuredNoun() {}

    private static final int MAX_PHRASE = 5;

    private static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
            "all", "both", "such", "whose");

    /** Words that end a noun phrase: prepositions, conjunctions, pronouns, auxiliaries and common verbs. */
    private static final Set<String> STOP = Set.of(
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under",
            "across", "against", "between", "among", "amid", "during", "after", "before", "since", "until", "than",
            "as", "like", "via", "per", "about", "around", "through", "toward", "towards", "within", "near",
            "inside", "outside", "along", "beyond", "behind", "off", "up", "down", "out", "and", "or", "but",
            "nor", "so", "yet", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do",
            "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said",
            "says", "say", "who", "which", "that", "whose", "whom", "where", "when", "while", "if", "because",
            "according", "including", "not", "no", "less", "fewer", "each", "also", "already", "still",
            "now", "then", "ago", "again", "only", "just", "later", "earlier", "there", "here", "it", "they",
            "them", "he", "she", "we", "you", "i", "remain", "remains", "remained", "a", "an", "the",
            "every", "last", "next", "year", "years", "times", "time", "others", "respectively");

    /** Plural nouns that do not end in s. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of(
            "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "feet", "teeth",
            "mice", "geese", "sheep", "fish", "deer", "livestock", "data", "media", "militia", "youth", "crew",
            "aircraft", "infantry", "clergy", "offspring", "poultry", "swine");

    /** Adjectives that may stand between a number and its noun without being the noun. */
    private static final Set<String> NOT_HEADS = Set.of("other", "more", "additional", "new", "further", "extra");

    /** The counted noun of a count: the first plural noun (or, for one, the head) of the phrase at {@code i}. */
    static String counted(List<Token> tokens, int i, boolean singular) {
        if (i < tokens.size() && tokens.get(i).is("of")) {
            return ofPhrase(tokens, i);
        }
        int[] phrase = phrase(tokens, i, false);
        if (phrase == null) {
            return null;
        }
        if (singular) {
            return lower(tokens.get(phrase[1]));
        }
        for (int k = phrase[0]; k <= phrase[1]; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && isPlural(t.lower())) {
                return lower(t);
            }
        }
        return null;
    }

    /** The head of the phrase after {@code of} at {@code i}, or of the phrase right at {@code i}. */
    static String ofPhrase(List<Token> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).is("of")) {
            i++;
        }
        int[] phrase = phrase(tokens, i, true);
        return phrase == null ? null : lower(tokens.get(phrase[1]));
    }

    /** The noun a figure modifies ({@code €90bn loan}, {@code five-hour meeting}): head of the phrase at i. */
    static String modified(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isWord() || tokens.get(i).isCapitalized()
                || DETERMINERS.contains(tokens.get(i).lower())) {
            return null;
        }
        int[] phrase = phrase(tokens, i, false);
        if (phrase == null) {
            return null;
        }
        int after = phrase[1] + 1;
        if (CHANGES.contains(tokens.get(phrase[1]).lower()) && after + 1 < tokens.size() && tokens.get(after).is("in")) {
            // a 9% rise in annual sales: what rose is measured, not the rise
            int[] changed = phrase(tokens, after + 1, true);
            if (changed != null && tokens.get(changed[1]).isWord() && !tokens.get(changed[1]).isCapitalized()) {
                return lower(tokens.get(changed[1]));
            }
        }
        return lower(tokens.get(phrase[1]));
    }

    /** Nouns of a change, whose {@code in} phrase names what changed: {@code a 9% rise in sales}. */
    private static final Set<String> CHANGES = Set.of("rise", "increase", "fall", "drop", "decline", "cut", "jump",
            "gain", "growth", "reduction", "decrease", "hike", "surge", "slump", "climb", "dip", "rebound", "boost");

    /** Nouns too general to say what is measured: {@code a total of}, {@code an average of}. */
    private static final Set<String> VAGUE = Set.of(
            "total", "sum", "maximum", "minimum", "average", "estimate", "figure", "amount", "number", "part",
            "one", "some", "most", "all", "none", "each", "any", "many", "much", "tune", "excess", "upwards",
            "worth", "region", "order", "tally", "increase", "rise", "fall", "drop", "decline", "cut");

    /** Verbs between a measured noun and its figure: {@code inflation fell to 2%}, {@code turnout was 67%}. */
    private static final Set<String> LINKING_VERBS = Set.of(
            "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "increase",
            "increases", "decreased", "decrease", "grew", "grown", "grows", "jumped", "climbed", "dropped",
            "declined", "slipped", "surged", "soared", "plunged", "plummeted", "slumped", "tumbled", "edged",
            "was", "is", "were", "are", "stood", "stands", "reached", "reaches", "hit", "hits", "totalled",
            "totaled", "totals", "amounted", "amounts", "came", "doubled", "tripled", "halved", "shrank",
            "expanded", "contracted", "rising", "falling", "remained", "remains", "topped", "exceeded", "peaked",
            "closed", "averaged", "gained", "lost", "added", "shed", "rebounded", "recovered", "settled", "slowed",
            "accelerated", "eased", "cooled", "quickened", "widened", "narrowed");

    /** Nouns that name the scale of the number right after them. */
    private static final Set<String> SCALE_NOUNS = Set.of("magnitude", "intensity", "rating", "score");

    private static final Set<String> PRONOUNS = Set.of(
            "it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who", "there", "what");

    /**
     * What a figure measures, read backwards from the start of its hedge at {@code i}: the noun before
     * {@code of} ({@code revenue of $4.5bn}, {@code an area of 2,500 sq km}) or the subject of a verb of change
     * or being ({@code inflation fell to 2.1%}, {@code the death toll rose to 35}); null when neither applies.
     */
    static String before(List<Token> tokens, int i) {
        int j = i - 1;
        if (j < 1) {
            return null;
        }
        Token tok = tokens.get(j);
        if (SCALE_NOUNS.contains(tok.lower())) {
            return tok.lower(); // a magnitude 6.1 earthquake
        }
        if (tok.is("of")) {
            Token noun = tokens.get(j - 1);
            return noun.isWord() && !VAGUE.contains(noun.lower()) && !STOP.contains(noun.lower())
                    && !DETERMINERS.contains(noun.lower()) && !PRONOUNS.contains(noun.lower()) ? lower(noun) : null;
        }
        if (tok.is("to") || tok.is("by") || tok.is("at")) {
            j--;
        }
        if (j < 1 || !LINKING_VERBS.contains(tokens.get(j).lower())) {
            return null;
        }
        j--;
        while (j > 0 && (tokens.get(j).is("has") || tokens.get(j).is("have") || tokens.get(j).is("had")
                || tokens.get(j).is("been") || tokens.get(j).is("now") || tokens.get(j).is("also"))) {
            j--;
        }
        // the number of migrants crossing the Channel in small boats rose to 36,816: migrants
        for (int k = j; k > 0 && k > j - 12; k--) {
            Token word = tokens.get(k);
            if ((word.is("number") || word.is("total") || word.is("tally") || word.is("count")) && tokens.get(k + 1)
                    .is("of")) {
                String counted = counted(tokens, k + 2, false);
                return counted != null ? counted : ofPhrase(tokens, k + 1);
            }
            if (word.type() == Token.Type.SYMBOL && !word.isDash()) {
                break; // stay within the clause
            }
        }
        Token noun = tokens.get(j);
        if (!noun.isWord() || STOP.contains(noun.lower()) || PRONOUNS.contains(noun.lower())
                || DETERMINERS.contains(noun.lower()) || VAGUE.contains(noun.lower()) || noun.isAllCaps()) {
            return null;
        }
        return lower(noun);
    }

    /**
     * First and last token of the noun phrase starting at {@code i} (leading determiners skipped), or null.
     * With {@code possessives}, {@code Ukraine’s funding needs} reads as one phrase.
     */
    private static int[] phrase(List<Token> tokens, int i, boolean possessives) {
        int n = tokens.size();
        while (i < n && DETERMINERS.contains(tokens.get(i).lower()) && tokens.get(i).isWord()) {
            i++;
        }
        int first = -1;
        int last = -1;
        int words = 0;
        int k = i;
        while (k < n && words < MAX_PHRASE) {
            Token t = tokens.get(k);
            if (t.isWord() && !STOP.contains(t.lower()) && !(first >= 0 && t.spaced() && (isVerb(tokens, k)
                    || LINKING_VERBS.contains(t.lower())))) {
                if (t.spaced() || first < 0) {
                    words++;
                }
                if (first < 0) {
                    first = k;
                }
                last = k;
                k++;
            } else if (t.isDash() && !t.spaced() && last == k - 1 && k + 1 < n && tokens.get(k + 1).isWord()
                    && !tokens.get(k + 1).spaced()) {
                k++; // hyphenated compound: long-range missiles
            } else if (possessives && isApostrophe(t) && !t.spaced() && k + 1 < n && tokens.get(k + 1).is("s")
                    && last == k - 1) {
                k += 2; // Ukraine’s funding requirements
            } else {
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        // a possessive or a hyphen as the last thing read leaves its noun as the head
        while (last > first && (NOT_HEADS.contains(tokens.get(last).lower()) || tokens.get(last).is("s"))) {
            last--;
        }
        return new int[] {first, last};
    }

    /**
     * A past tense or participle followed by a function word or punctuation is a verb that ends the phrase
     * ({@code voters backed the}, {@code summit ended on}); before a noun it is an adjective
     * ({@code occupied territory}, {@code running disputes}).
     */
    private static boolean isVerb(List<Token> tokens, int k) {
        String lower = tokens.get(k).lower();
        boolean verbForm = lower.length() > 4 && lower.endsWith("ed") && !lower.endsWith("eed")
                || lower.length() > 5 && lower.endsWith("ing");
        if (!verbForm) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        // "killed seven people": a number word after it is its object, as digits are
        return !next.isWord() || STOP.contains(next.lower()) || DETERMINERS.contains(next.lower())
                || NumberWords.isCardinal(next.lower());
    }

    static boolean isPlural(String lower) {
        if (IRREGULAR_PLURALS.contains(lower)) {
            return true;
        }
        int n = lower.length();
        if (n < 4 || lower.charAt(n - 1) != 's' || STOP.contains(lower)) {
            return false;
        }
        return !(lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("ous"));
    }

    private static boolean isApostrophe(Token t) {
        return t.isSymbol('\'') || t.isSymbol('’');
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /** Words after a number and a hyphen that make no counted noun: "10-fold", "one-off", "two-thirds", "5-to-1". */
    private static final Set<String> NOT_COUNTED = Set.of("fold", "off", "thirds", "quarters", "halves", "fifths",
            "time", "times", "way", "ways", "and", "or", "to", "all", "plus", "odd", "something", "year", "old");

    /** A lower-case word, as "seat" in a 350-seat hall, that a count joined to it by a hyphen counts. */
    static boolean countedAfterDash(Token word) {
        String text = word.text();
        return text.length() >= 3 && text.chars().allMatch(Character::isLowerCase) && !NOT_COUNTED.contains(text);
    }
}
