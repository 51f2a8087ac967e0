package io.concord.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextKeysTest {
    @ParameterizedTest
    @CsvSource({"Zürich,Zurich", "Søren,Soren", "Łódź,Lodz", "Straße,Strasse", "Kyiv,Kyiv",
            "Đoković,Dokovic", "Ærø,AEro"})
    void foldKeepsCaseAndSpellsLettersInLatin(String in, String out) {
        assertEquals(out, TextKeys.fold(in));
    }

    @ParameterizedTest
    @CsvSource({"ZÜRICH,zurich", "O’Brien,o'brien", "Ærø,aero"})
    void keyIsLowerCaseWithStraightApostrophes(String in, String out) {
        assertEquals(out, TextKeys.key(in));
    }
}
