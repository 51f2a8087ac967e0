package io.concord.conflicts.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import io.concord.api.text.WordSenses;
import io.concord.language.CalendarWords;

/**
 * Words and fixed expressions as meanings, so that a paraphrase or a translation lines up with the words it
 * replaces. The meanings come from the {@link WordSenses} service (WordNet); without one, words are
 * compared as written. A text becomes a list of {@link Concept}s: single words, or a fixed expression of
 * the resource ({@code call for}, {@code more or less}) taken as one unit.
 */
public final class Synonyms {
    /**
     * Senses per part of speech that count. A word's rare senses would make most words synonyms of one
     * another ({@code take} has 42 verb senses); the first few carry what news means by it.
     */
    static final int SENSES = 3;
    /** Longest fixed expression looked up, in words: longer ones do not occur in quotes. */
    private static final int LONGEST_EXPRESSION = 4;
    private static final int[] NONE = new int[0];
    private static final int[][] NO_MEANING = {NONE, NONE};
    /** Words whose senses are kept; past this the memory is dropped and refilled (a bound, not a policy). */
    private static final int REMEMBERED = 100_000;
    private static final Synonyms AS_WRITTEN = new Synonyms(null);
    /** Words before a noun, never before a verb: what follows them starts a noun phrase. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "their",
            "his", "our", "my", "your", "every", "each");

    private final WordSenses senses;
    /** A word's common senses and all its senses, asked once per word: every document repeats its words. */
    private final Map<String, int[][]> meanings = new ConcurrentHashMap<>();

    private Synonyms(WordSenses senses) {
        this.senses = senses;
    }

    /** Whether a sense is a verb's; never when words are compared as written. */
    public boolean isVerbSense(int sense) {
        return senses != null && senses.isVerb(sense);
    }

    /**
     * Whether one of a noun's common senses is a kind of {@code kind} up the resource's hierarchy ({@code biologist}
     * of {@code scientist}); never when words are compared as written.
     */
    public boolean isKindOf(String noun, String kind, int levels) {
        if (senses == null) {
            return false;
        }
        int[] kinds = senses.senses(kind, 1);
        for (int sense : senses.senses(noun, SENSES)) {
            for (int up : senses.broader(sense, levels)) {
                for (int k : kinds) {
                    if (up == k) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Meanings from {@code senses}; words as written when it is null. */
    public static Synonyms of(WordSenses senses) {
        return senses == null ? AS_WRITTEN : new Synonyms(senses);
    }

    /** Words compared as written. */
    public static Synonyms asWritten() {
        return AS_WRITTEN;
    }

    /** Has the senses' source loaded (a lexicon is read on its first question), so that comparing does not wait. */
    public void prepare() {
        if (senses != null) {
            senses.longestExpression();
        }
    }

    /**
     * A word or a fixed expression: {@code groups} are its common senses, {@code senses} all it can have
     * (both may be empty).
     */
    public record Concept(int firstToken, int lastToken, String key, int[] groups, int[] senses, boolean stop) {
        /**
         * The same word, or a synonym: one's common sense is a sense of the other. WordNet lists {@code stop}
         * in the first sense of {@code end}, though that is not among the first senses of {@code stop}.
         */
        public boolean matches(Concept other) {
            return key.equals(other.key) || shares(groups, other.senses) || shares(other.groups, senses);
        }

        private static boolean shares(int[] a, int[] b) {
            for (int g : a) {
                for (int h : b) {
                    if (g == h) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Its most common sense if it has one, else its stem: one string per meaning, for bags of words. */
        public String meaning() {
            return groups.length > 0 ? "#" + groups[0] : key;
        }
    }

    /** The concepts of a token sequence, fixed expressions joined into one concept (longest first). */
    public List<Concept> concepts(List<Token> tokens) {
        List<Concept> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Concept expression = expressionAt(tokens, i);
            if (expression != null) {
                out.add(expression);
                i = expression.lastToken() + 1;
                continue;
            }
            Token t = tokens.get(i);
            int[][] meaning = t.stop() || t.isNumber() || senses == null ? NO_MEANING : meaning(t.norm());
            out.add(new Concept(i, i, t.key(), meaning[0], meaning[1], t.stop()));
            i++;
        }
        return out;
    }

    /**
     * The concepts of a short phrase that says what a figure counts, each also holding the kinds its common
     * senses belong to, one step up ({@code houses} are {@code dwellings}, a sense of {@code homes};
     * {@code employees} are {@code workers}), so that two reports counting one thing under a narrower and a
     * broader noun match. One step only: further up, counts of a part and of the whole would match
     * ({@code children}, {@code people}).
     */
    public List<Concept> conceptsWithKinds(List<Token> tokens) {
        List<Concept> out = new ArrayList<>();
        for (Concept c : concepts(tokens)) {
            if (senses == null || c.groups().length == 0) {
                out.add(c);
                continue;
            }
            IntStream kinds = Arrays.stream(c.groups()).flatMap(g -> Arrays.stream(senses.broader(g, 1)));
            IntStream singular = c.firstToken() == c.lastToken() ? Arrays.stream(singularSenses(tokens.get(c.firstToken())))
                    : IntStream.empty();
            int[] all = IntStream.concat(IntStream.concat(Arrays.stream(c.senses()), kinds), singular).distinct().toArray();
            out.add(new Concept(c.firstToken(), c.lastToken(), c.key(), c.groups(), all, c.stop()));
        }
        return out;
    }

    /**
     * The senses of a plural's singular ({@code wages}: {@code wage}, a sense of {@code salary}): WordNet lists some
     * plurals as words of their own with other senses ("the wages of sin"), and the base form is then not looked
     * up. Empty for a word that is no regular plural.
     */
    private int[] singularSenses(Token t) {
        String w = t.norm();
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) {
            return NONE;
        }
        List<String> forms = w.endsWith("ies") ? List.of(w.substring(0, w.length() - 3) + "y")
                : w.endsWith("es") ? List.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2))
                : List.of(w.substring(0, w.length() - 1));
        return forms.stream().flatMapToInt(f -> Arrays.stream(meaning(f)[1])).toArray();
    }

    private int[][] meaning(String word) {
        int[][] m = meanings.get(word);
        if (m == null) {
            m = new int[][] {senses.senses(word, SENSES), senses.senses(word, Integer.MAX_VALUE)};
            if (meanings.size() >= REMEMBERED) {
                meanings.clear();
            }
            meanings.put(word, m);
        }
        return m;
    }

    /**
     * Whether an expression ending in a function word ({@code bridge over}, {@code try on}) is read here as a
     * word and the preposition after it rather than a phrasal verb: the first word follows a determiner (a noun:
     * "the bridge over the river"), or the last is followed by a number or a calendar word (the preposition of a
     * date: "trying on Wednesday", "flooded in May").
     */
    static boolean prepositionNotParticle(List<Token> tokens, int first, int last) {
        if (!tokens.get(last).stop()) {
            return false;
        }
        if (first > 0 && DETERMINERS.contains(tokens.get(first - 1).norm())) {
            return true;
        }
        if (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            return next.isNumber() || CalendarWords.isMonthOrWeekday(next.norm());
        }
        return false;
    }

    private Concept expressionAt(List<Token> tokens, int i) {
        if (senses == null || i + 1 >= tokens.size() || tokens.get(i).isNumber()
                || !senses.mayBeginExpression(tokens.get(i).norm(), tokens.get(i + 1).norm())) {
            return null;
        }
        int longest = Math.min(Math.min(LONGEST_EXPRESSION, senses.longestExpression()), tokens.size() - i);
        for (int n = longest; n >= 2; n--) {
            StringBuilder words = new StringBuilder(tokens.get(i).norm());
            StringBuilder keys = new StringBuilder(tokens.get(i).key());
            for (int k = i + 1; k < i + n; k++) {
                words.append(' ').append(tokens.get(k).norm());
                keys.append(' ').append(tokens.get(k).key());
            }
            if (prepositionNotParticle(tokens, i, i + n - 1)) {
                continue;
            }
            int[] groups = senses.senses(words.toString(), SENSES);
            if (groups.length > 0) {
                // the first word's own senses too: "prepared for" still says what "ready" says
                int[] all = IntStream.concat(Arrays.stream(senses.senses(words.toString(), Integer.MAX_VALUE)),
                        Arrays.stream(meaning(tokens.get(i).norm())[1])).toArray();
                return new Concept(i, i + n - 1, keys.toString(), groups, all, false);
            }
        }
        return null;
    }
}
