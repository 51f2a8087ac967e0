package io.concord.conflicts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesAndSentencesTest {
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Volodymyr Zelenskyy | Volodymyr Zelensky | true
            Zelenskiy           | Volodymyr Zelensky | true
            UK                  | UK government      | true
            Mr Starmer          | Keir Starmer       | true
            Vladimir Putin      | Kremlin            | false
            Donald Trump        | Melania Trump      | false
            """)
    void matchesSpeakersAcrossSpellings(String a, String b, boolean same) {
        assertEquals(same, Names.sameSpeaker(a, b));
    }

    @Test
    void splitsContractionsSoNegationsSurvive() {
        assertEquals(java.util.List.of("he", "is", "not", "earnest"), Tokens.words("He isn’t earnest"));
        assertEquals(java.util.List.of("world", "time"), Tokens.words("world’s time"));
    }

    @Test
    void mapsNationalityWordsToTheirPlace() {
        assertEquals("l:ukraine", Places.feature("ukrainian"));
        assertEquals(Places.feature("ukraine"), Places.feature("ukrainian"));
    }
}
