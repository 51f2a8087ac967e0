package io.concord.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitConversionsTest {
    @Test
    void convertsSquareMilesToSquareKilometres() {
        UnitConversions.Normalized n = UnitConversions.toBase(270, "mi2").orElseThrow();
        assertEquals("km2", n.unit());
        assertEquals(699.3, n.value(), 0.01);
    }

    @ParameterizedTest(name = "{0} {1} = {2} {3}")
    @CsvSource(textBlock = """
            701,   km2,   701,       km2
            5000,  ha,    50,        km2
            1,     acre,  0.00404686, km2
            2,     m2,    0.000002,  km2
            40,    mi,    64.37376,  km
            400,   nmi,   740.8,     km
            1500,  m,     1.5,       km
            35000, ft,    10.668,    km
            500,   kg,    500,       kg
            3,     t,     3000,      kg
            10,    lb,    4.535924,  kg
            12,    st,    76.20352,  kg
            5,     h,     5,         h
            90,    min,   1.5,       h
            1,     d,     24,        h
            2,     week,  336,       h
            6,     month, 4383,      h
            2,     year,  17532,     h
            1,     decade, 87660,    h
            1,     bbl,   158.9873,  l
            60,    mph,   96.56064,  km/h
            212,   °F,    100,       °C
            32,    °F,    0,         °C
            """)
    void convertsToTheBaseUnitOfTheDimension(double value, String unit, double expected, String base) {
        UnitConversions.Normalized n = UnitConversions.toBase(value, unit).orElseThrow();
        assertEquals(base, n.unit());
        assertEquals(expected, n.value(), Math.max(1e-9, Math.abs(expected) * 1e-6));
    }

    @Test
    void usesJulianYearsLikeTimexDurations() {
        assertEquals(8766, UnitConversions.toBase(1, "year").orElseThrow().value(), 1e-9);
    }

    @Test
    void knowsNoCurrencyOrPercent() {
        assertFalse(UnitConversions.knows("EUR"));
        assertFalse(UnitConversions.knows("%"));
        assertTrue(UnitConversions.toBase(1, "MW").isEmpty());
        assertTrue(UnitConversions.toBase(1, null).isEmpty());
    }
}
