package io.concord.conflicts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void wordsIgnoreCaseAndPunctuation() {
        assertEquals(Tokens.words("end the strike"), Tokens.words("End the strike."));
    }

    @Test
    void keepsAbbreviationsContractionsAndNumbersWhole() {
        String text = "U.S. officials said it's 1,200.5 tonnes.";
        List<String> words = Tokens.of(text).stream().map(t -> text.substring(t.begin(), t.end())).toList();
        assertEquals("U.S.", words.get(0));
        assertEquals(true, words.contains("1,200.5"), words.toString());
    }

    @Test
    void tokenizesAMegabyteOfDigitGroupsWithoutOverflowingTheStack() {
        assertEquals(1, Tokens.of("1,".repeat(500_000).substring(0, 999_999)).size());
    }
}
