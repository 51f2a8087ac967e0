package io.concord.conflicts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynonymsTest {
    /** text, first and last word of a candidate expression, whether it reads as a word and a preposition */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the bridge over the river stays shut | 1 | 2 | true",
        "a stretch along the coast | 1 | 2 | true",
        "soldiers were trying on Wednesday to reach them | 2 | 3 | true",
        "the water rose in May | 2 | 3 | true",
        "prices rose in 2024 | 1 | 2 | true",
        "the parties broke off coalition talks | 2 | 3 | false",
        "they called for a ceasefire | 1 | 2 | false",
        "the company set up a fund | 2 | 3 | false",
        "rescue teams carried out searches on Sunday | 2 | 3 | false",
    })
    void tellsAPhrasalVerbFromAWordAndItsPreposition(String text, int first, int last, boolean preposition) {
        List<Token> tokens = Tokens.of(text);
        assertEquals(preposition, Synonyms.prepositionNotParticle(tokens, first, last), text);
    }
}
