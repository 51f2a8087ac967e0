package io.concord.conflicts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void marksReplacedWordsBetweenSharedRuns() {
        WordDiff d = WordDiff.of(Tokens.words("the dawn of a new era"), Tokens.words("the beginning of a new era"));
        List<Map<String, Object>> ops = d.toMaps();
        assertEquals(3, ops.size());
        assertEquals(Map.of("op", "equal", "text", "the"), ops.get(0));
        assertEquals(Map.of("op", "replace", "from", "dawn", "to", "beginning"), ops.get(1));
        assertEquals(Map.of("op", "equal", "text", "of a new era"), ops.get(2));
        assertEquals(5, d.commonWords());
    }

    @Test
    void takesOneSidedAdditionsAtTheEndsAsExcerpts() {
        assertTrue(WordDiff.of(Tokens.words("Kremlin claptrap"), Tokens.words("yet more Kremlin claptrap from them"))
                .excerpts(2));
        assertTrue(WordDiff.of(Tokens.words("a new era for Europe"), Tokens.words("the dawn of a new era")).excerpts(2));
        assertFalse(WordDiff.of(Tokens.words("we will win"), Tokens.words("they will win")).excerpts(2));
    }

    @Test
    void ignoresCaseAndPunctuation() {
        assertTrue(WordDiff.of(Tokens.words("End the bloodshed."), Tokens.words("end the bloodshed")).identical());
    }
}
