package io.concord.wordnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNetSensesTest {
    private static final WordNetSenses SENSES = new WordNetSenses();
    private static final int LIMIT = 4;

    private static boolean shareASense(String a, String b) {
        int[] x = SENSES.senses(a, LIMIT);
        int[] y = SENSES.senses(b, LIMIT);
        return Arrays.stream(x).anyMatch(i -> Arrays.stream(y).anyMatch(j -> i == j));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "said, stated", // inflected forms resolve to the lemma
            "buy, purchase",
            "big, large",
            "serious, earnest", // an adjective satellite stands for its cluster's head
            "halt, stop",
            "needed, necessary",
            "begin, start",
            "carry on, continue", // a fixed expression is one unit
            "call for, require",
            "help, assist",
            "answer, reply"})
    void synonymsShareASense(String a, String b) {
        assertTrue(shareASense(a, b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"killed, died", "buy, sell", "rise, fall", "increase, decrease", "accept, reject", "win, lose"})
    void wordsOfOtherMeaningsShareNone(String a, String b) {
        assertFalse(shareASense(a, b));
    }

    /** Whether a common sense of {@code narrow} has, within {@code levels} steps up, a sense of {@code broad}. */
    private static boolean kindOf(String narrow, String broad, int levels) {
        int[] all = SENSES.senses(broad, Integer.MAX_VALUE);
        return Arrays.stream(SENSES.senses(narrow, 3)).flatMap(s -> Arrays.stream(SENSES.broader(s, levels)).boxed()
                .mapToInt(Integer::intValue)).anyMatch(u -> Arrays.stream(all).anyMatch(v -> u == v));
    }

    @ParameterizedTest(name = "{0} is a kind of {1} within {2} steps: {3}")
    @CsvSource({
            "houses, homes, 1, true",
            "employees, workers, 1, true",
            "casualties, victims, 1, true",
            "miners, labourers, 1, true",
            "miners, workers, 2, false", // a miner is a labourer, a workman, an employee, then a worker
            "children, people, 2, false",
            "injuries, deaths, 2, false",
            "said, stated, 2, false"}) // verbs have no hierarchy here
    void findsTheBroaderKindOfANoun(String narrow, String broad, int levels, boolean kind) {
        assertEquals(kind, kindOf(narrow, broad, levels));
    }

    @Test
    void unknownWordsAndBlanksHaveNoSenses() {
        assertEquals(0, SENSES.senses("zxqvbn", LIMIT).length);
        assertEquals(0, SENSES.senses(" ", LIMIT).length);
        assertEquals(0, SENSES.senses("buy", 0).length);
    }

    @Test
    void aPhraseCountsOnlyWhereWordNetHasItWhole() {
        // without the guard the morphology answers for "on" alone
        assertEquals(0, SENSES.senses("sat on", LIMIT).length);
        assertEquals(0, SENSES.senses("more or less acceptable", LIMIT).length);
        assertTrue(SENSES.senses("carry on", LIMIT).length > 0);
        assertTrue(SENSES.senses("kicked off", LIMIT).length > 0);
    }

    @Test
    void tellsAVerbsSenseFromANouns() {
        assertTrue(SENSES.isVerb(SENSES.senses("sank", LIMIT)[0]), "sank: sink, a verb only");
        assertFalse(SENSES.isVerb(SENSES.senses("fire", LIMIT)[0]), "fire: first a noun");
        assertTrue(Arrays.stream(SENSES.senses("fire", LIMIT)).anyMatch(SENSES::isVerb), "fire is a verb too");
    }

    @Test
    void rulesOutWordsThatBeginNoExpression() {
        assertTrue(SENSES.mayBeginExpression("carry", "on"));
        assertTrue(SENSES.mayBeginExpression("kicked", "off"));
        assertTrue(SENSES.mayBeginExpression("more", "or"));
        assertFalse(SENSES.mayBeginExpression("zxqvbn", "on"));
        assertFalse(SENSES.mayBeginExpression("carry", "zxqvbn"));
        assertTrue(SENSES.longestExpression() >= 4);
    }

    @Test
    void limitsSensesPerPartOfSpeech() {
        assertTrue(SENSES.senses("take", 1).length <= 2);
        assertTrue(SENSES.senses("take", 8).length > SENSES.senses("take", 1).length);
    }
}
