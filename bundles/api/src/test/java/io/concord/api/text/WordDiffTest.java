package io.concord.api.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void marksReplacedWordsBetweenSharedRuns() {
        WordDiff d = WordDiff.of(words("the start of a long winter"), words("the beginning of a long winter"));
        List<Map<String, Object>> ops = d.toMaps();
        assertEquals(3, ops.size());
        assertEquals(Map.of("op", "equal", "text", "the"), ops.get(0));
        assertEquals(Map.of("op", "replace", "from", "start", "to", "beginning"), ops.get(1));
        assertEquals(Map.of("op", "equal", "text", "of a long winter"), ops.get(2));
        assertEquals(5, d.commonWords());
    }

    @Test
    void takesOneSidedAdditionsAtTheEndsAsExcerpts() {
        assertTrue(WordDiff.of(words("reckless gamble"), words("yet another reckless gamble by them"))
                .excerpts(2));
        assertTrue(WordDiff.of(words("a long winter for farmers"), words("the start of a long winter")).excerpts(2));
        assertFalse(WordDiff.of(words("we will win"), words("they will win")).excerpts(2));
    }

    @Test
    void saysWhichWordsOfEachVersionTheOtherLacks() {
        WordDiff d = WordDiff.of(words("we will end this war now"), words("we end the war now"));
        assertArrayEquals(new boolean[] {false, true, false, true, false, false}, d.changedInFirst());
        assertArrayEquals(new boolean[] {false, false, true, false, false}, d.changedInSecond());
        assertFalse(d.identical());
    }

    /** Words as a caller keys them: here split at spaces; the rules and the report use the segmenter's words. */
    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }
}
