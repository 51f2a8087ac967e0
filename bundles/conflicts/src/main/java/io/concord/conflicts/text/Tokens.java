package io.concord.conflicts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;
import io.concord.language.TextKeys;

/**
 * Words for comparison: a document's from its segmentation, a short string's (a name, a role, a quotation)
 * by a word pattern. Hyphenated words become several tokens.
 */
public final class Tokens {
    // Abbreviations with dots first (U.S., U.K.), then words with inner apostrophes, then numbers.
    // Possessive quantifiers: a greedy repeated group recurses once per repetition, and "1,1,1,..." in a
    // long text then overflows the stack.
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}+|\\p{L}[\\p{L}\\p{M}]*+(?:['’]\\p{L}++)*+|\\p{N}++(?:[.,]\\p{N}++)*+");

    private Tokens() {}

    /**
     * The comparison words of a segmented document: the segmenter's words and numbers (punctuation and the
     * possessive {@code ’s} left out), a number glued to a word split from it ({@code 3.5bn} gives
     * {@code 3.5} and {@code bn}), normalised as {@link #normalize} says.
     */
    public static List<Token> of(Segmentation segmentation) {
        String text = segmentation.text();
        List<Token> out = new ArrayList<>(segmentation.words().size());
        for (Word w : segmentation.words()) {
            if (w.isNumber()) {
                int split = w.begin();
                while (split < w.end() && !Character.isLetter(text.charAt(split))) {
                    split++;
                }
                addNumber(out, text, w.begin(), split);
                if (split < w.end()) {
                    add(out, split, w.end(), text.substring(split, w.end()));
                }
            } else if (w.isWord() || w.isAbbreviation()) {
                add(out, w.begin(), w.end(), w.text());
            }
        }
        return out;
    }

    /** The number at the start of a token, without a trailing separator ({@code 2,} or {@code 5.}). */
    private static void addNumber(List<Token> out, String text, int begin, int end) {
        int e = end;
        while (e > begin && !Character.isDigit(text.charAt(e - 1))) {
            e--;
        }
        if (e > begin) {
            add(out, begin, e, text.substring(begin, e));
        }
    }

    /** The words of a short string (a name, a role, a quotation's text), as a document's words are read. */
    public static List<Token> of(String text) {
        return of(text, 0, text.length());
    }

    /** Tokens of {@code text[begin, end)}, with offsets into the whole text. */
    public static List<Token> of(String text, int begin, int end) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(begin, end);
        while (m.find()) {
            add(out, m.start(), m.end(), m.group());
        }
        return out;
    }

    private static void add(List<Token> out, int b, int e, String raw) {
        Reading[] readings = READINGS.get(raw);
        if (readings == null) {
            readings = read(raw);
            if (READINGS.size() >= MAX_READINGS) {
                READINGS.clear();
            }
            READINGS.put(raw, readings);
        }
        for (Reading r : readings) {
            out.add(new Token(b, e, r.norm(), r.key(), r.stop()));
        }
    }

    /** How one written word is compared: its normalised form, stem and whether it is a stop word. */
    private record Reading(String norm, String key, boolean stop) {}

    private static final Reading[] NONE = new Reading[0];
    /**
     * Readings of the words seen, since the same few thousand words make most of every text and each is
     * normalised, stemmed and looked up otherwise once per occurrence (each document's view is made twice
     * in a large collection: for the clusterer and for the rules).
     */
    private static final Map<String, Reading[]> READINGS = new ConcurrentHashMap<>();
    private static final int MAX_READINGS = 200_000;

    private static Reading[] read(String raw) {
        String n = normalize(raw);
        if (n.endsWith("n't") && n.length() > 3) {
            // isn't -> is not, won't -> will not, can't -> can not: negation must survive a diff
            String head = n.substring(0, n.length() - 3);
            head = switch (head) {
                case "wo" -> "will";
                case "ca" -> "can";
                case "sha" -> "shall";
                default -> head;
            };
            return new Reading[] {reading(head), reading("not")};
        }
        int apostrophe = n.indexOf('\'');
        String verb = apostrophe > 0 ? CONTRACTED.get(n.substring(apostrophe)) : null;
        if (verb != null && (!n.endsWith("'s") || PRONOUNS_BEFORE_IS.contains(n.substring(0, apostrophe)))) {
            // we've -> we have, it's -> it is: a quote written out in full by another outlet says the same
            return new Reading[] {reading(n.substring(0, apostrophe)), reading(n.equals("let's") ? "us" : verb)};
        }
        if (n.endsWith("'s")) {
            n = n.substring(0, n.length() - 2);
        } else if (n.endsWith("'")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.isEmpty() ? NONE : new Reading[] {reading(n)};
    }

    /** Contracted verbs written out ('d is "would" more often than "had" in quoted speech). */
    private static final Map<String, String> CONTRACTED = Map.of("'re", "are", "'ve", "have", "'ll", "will",
            "'d", "would", "'m", "am", "'s", "is");
    /** Words whose 's is "is" (or "us" in let's), not a possessive. */
    private static final Set<String> PRONOUNS_BEFORE_IS = Set.of("it", "that", "he", "she", "there", "here", "what",
            "who", "where", "how", "let", "this");

    private static Reading reading(String norm) {
        return new Reading(norm, Stemmer.stem(norm), StopWords.contains(norm));
    }

    /** Lower case, no accents, straight apostrophes, dots of abbreviations and digit separators dropped. */
    public static String normalize(String raw) {
        String s = TextKeys.key(raw);
        if (s.indexOf('.') >= 0 && !Character.isDigit(s.charAt(0))) {
            s = s.replace(".", "");
        }
        return s;
    }

    /** The normalized words of a string, for diffs and quote comparison. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : of(text)) {
            out.add(t.norm());
        }
        return out;
    }
}
