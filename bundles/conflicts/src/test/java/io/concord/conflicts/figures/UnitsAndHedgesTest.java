package io.concord.conflicts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsAndHedgesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            270 square miles      | mi2
            701 sq km             | km2
            701 square kilometres | km2
            €90bn                 | EUR
            ninety billion euro   | EUR
            $4m                   | USD
            nineteen per cent     | %
            19.3%                 | %
            five-hour             | h
            300 metres            | m
            5 m                   | m
            two years             | year
            """)
    void recognisesWrittenUnits(String text, String code) {
        assertEquals(code, Units.inText(text).code());
    }

    @Test
    void ignoresSingleLettersThatAreNotUnits() {
        assertNull(Units.inText("a man"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            now hold just over         | over
            estimates around           | approx
            said at least              | at-least
            after a nearly             | under
            could reach up to          | at-most
            killed some                | approx
            more than                  | over
            took place in              | none
            """)
    void readsTheHedgeBeforeAFigure(String before, String qualifier) {
        String text = before + " 6,000 people";
        assertEquals(qualifier, Hedges.before(text, before.length() + 1));
    }
}
