package io.concord.language;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.measure.IncommensurableException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Time;
import javax.measure.quantity.Volume;

import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.Units;

import static javax.measure.MetricPrefix.CENTI;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MILLI;

/**
 * Converts a value in one of the unit codes the recogniser emits to the base unit of its dimension
 * ({@code km2}, {@code km}, {@code kg}, {@code h}, {@code l}, {@code km/h}, {@code °C}), using JSR 385 units
 * (Indriya). This is the one place that knows unit definitions; converters are built once.
 */
public final class UnitConversions {
    /** A value in a base unit. */
    public record Normalized(double value, String unit) {}

    private record Conversion(UnitConverter converter, String baseCode) {}

    private static final MathContext SIGNIFICANT = new MathContext(7);
    private static final Map<String, Conversion> BY_CODE = new HashMap<>();

    static {
        Unit<Length> metre = Units.METRE;
        Unit<Length> km = KILO(metre);
        Unit<Length> mile = metre.multiply(1609.344);
        Unit<Length> nauticalMile = metre.multiply(1852);
        Unit<Length> foot = metre.multiply(0.3048);
        Unit<Length> inch = metre.multiply(0.0254);
        Unit<Length> yard = metre.multiply(0.9144);
        base("km", km, metre, "m", CENTI(metre), "cm", MILLI(metre), "mm", mile, "mi", nauticalMile, "nmi",
                foot, "ft", inch, "in", yard, "yd");

        Unit<?> km2 = km.pow(2);
        base("km2", km2, metre.pow(2), "m2", Units.SQUARE_METRE.multiply(10_000), "ha",
                Units.SQUARE_METRE.multiply(4046.8564224), "acre", mile.pow(2), "mi2", foot.pow(2), "ft2");

        Unit<Mass> kg = Units.KILOGRAM;
        Unit<Mass> pound = kg.multiply(0.45359237);
        base("kg", kg, Units.GRAM, "g", kg.multiply(1000), "t", pound, "lb", pound.divide(16), "oz",
                pound.multiply(14), "st");

        // Years are Julian (365.25 d), as in TIMEX3 durations and astronomy; Indriya's YEAR is Gregorian.
        Unit<Time> year = Units.DAY.multiply(365.25);
        base("h", Units.HOUR, Units.SECOND, "s", Units.MINUTE, "min", Units.DAY, "d", Units.WEEK, "week",
                Units.WEEK.multiply(2), "fortnight", year.divide(12), "month", year, "year", year.multiply(10),
                "decade", year.multiply(100), "century");

        Unit<Volume> litre = Units.LITRE;
        base("l", litre, Units.CUBIC_METRE, "m3", litre.multiply(158.987294928), "bbl",
                litre.multiply(3.785411784), "gal");

        base("km/h", Units.KILOMETRE_PER_HOUR, mile.divide(Units.HOUR), "mph",
                nauticalMile.divide(Units.HOUR), "kn", Units.METRE_PER_SECOND, "m/s");

        // Rankine is Kelvin times 5/9; Fahrenheit shifts its origin by 459.67.
        Unit<?> fahrenheit = Units.KELVIN.transform(MultiplyConverter.ofRational(5, 9)).shift(459.67);
        base("°C", Units.CELSIUS, fahrenheit, "°F", Units.KELVIN, "K");
    }

    private UnitConversions() {}

    /** The value in the base unit of its dimension, or empty when the code is not a convertible unit. */
    public static Optional<Normalized> toBase(double value, String unitCode) {
        Conversion c = unitCode == null ? null : BY_CODE.get(unitCode);
        if (c == null) {
            return Optional.empty();
        }
        double v = c.converter().convert(value);
        return Optional.of(new Normalized(round(v), c.baseCode()));
    }

    /** Whether the code names a unit this class can convert. */
    public static boolean knows(String unitCode) {
        return unitCode != null && BY_CODE.containsKey(unitCode);
    }

    /** Registers {@code baseCode} and pairs of (unit, code) that convert to it. */
    private static void base(String baseCode, Unit<?> base, Object... unitsAndCodes) {
        put(baseCode, base, base, baseCode);
        for (int i = 0; i < unitsAndCodes.length; i += 2) {
            put((String) unitsAndCodes[i + 1], (Unit<?>) unitsAndCodes[i], base, baseCode);
        }
    }

    private static void put(String code, Unit<?> unit, Unit<?> base, String baseCode) {
        try {
            BY_CODE.put(code, new Conversion(unit.getConverterToAny(base), baseCode));
        } catch (IncommensurableException e) {
            throw new IllegalStateException("unit table is inconsistent for " + code, e);
        }
    }

    /** Seven significant digits: enough for any figure in news, and hides binary noise (699.2967 not 699.29678...). */
    private static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(SIGNIFICANT).doubleValue();
    }
}
