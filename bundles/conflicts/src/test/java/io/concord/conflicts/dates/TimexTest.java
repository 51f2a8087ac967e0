package io.concord.conflicts.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimexTest {
    @Test
    void flagsWeekdayThatContradictsCalendarDate() {
        // March 15, 2024 was a Friday, not a Thursday
        assertFalse(Timex.parse("XXXX-WXX-4").compatible(Timex.parse("2024-03-15")));
        assertEquals("a Friday", Timex.parse("2024-03-15").impliedWeekday());
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            XXXX-WXX-5 | 2024-03-15 | true
            XXXX-WXX-4 | XXXX-WXX-6 | false
            XXXX-01    | 2027-01    | true
            2027       | 2027-09    | true
            2022       | 2023       | false
            XXXX-11    | XXXX-11    | true
            2027-09    | 2027-01    | false
            XXXX-03-15 | XXXX-WXX-4 | true
            2024-03-15 | 2024-03-16 | false
            """)
    void comparesStatedParts(String a, String b, boolean compatible) {
        assertEquals(compatible, Timex.parse(a).compatible(Timex.parse(b)));
        assertEquals(compatible, Timex.parse(b).compatible(Timex.parse(a)));
    }

    @Test
    void readsGranularity() {
        assertEquals(Timex.Granularity.DAY, Timex.parse("XXXX-WXX-4").granularity());
        assertEquals(Timex.Granularity.MONTH, Timex.parse("XXXX-11").granularity());
        assertEquals(Timex.Granularity.YEAR, Timex.parse("2027").granularity());
    }

    @Test
    void ignoresValuesThatAreNotCalendarDates() {
        assertNull(Timex.parse("PRESENT_REF"));
        assertNull(Timex.parse("P3D"));
        assertNull(Timex.parse("2024-13"));
        assertTrue(Timex.parse("2024-SU") == null);
    }
}
