package io.concord.conflicts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
    @ParameterizedTest(name = "{0} = {1} ± {2}")
    @CsvSource(delimiter = '|', textBlock = """
            19,000               | 19000        | 500
            19.3%                | 19.3         | 0.05
            €90bn                | 90000000000  | 5000000000
            €1.5 billion         | 1500000000   | 50000000
            ninety billion euro  | 90000000000  | 5000000000
            nineteen per cent    | 19           | 0.5
            twenty-five          | 25           | 0.5
            two-thirds           | 0.6667       | 0.005
            five-hour            | 5            | 0.5
            a dozen              | 12           | 0.5
            three hundred        | 300          | 50
            701 sq km            | 701          | 0.5
            $4m                  | 4000000      | 500000
            """)
    void readsDigitsWordsAndMultipliers(String text, double value, double half) {
        NumberParser.Parsed p = NumberParser.parse(text);
        assertNotNull(p, text);
        assertEquals(value, p.value(), Math.abs(value) * 1e-3);
        assertEquals(half, p.halfUnit(), half * 1e-6 + 1e-9);
    }

    @Test
    void findsNoNumberInPlainWords() {
        assertNull(NumberParser.parse("a day"));
        assertNull(NumberParser.parse("the talks"));
    }
}
