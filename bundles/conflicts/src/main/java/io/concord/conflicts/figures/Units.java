package io.concord.conflicts.figures;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units of measure and currencies: their dimension and factor to the dimension's base unit
 * ({@code km2}, {@code km}, {@code kg}, {@code h}), and the words news use for them.
 */
public final class Units {
    /** A unit: what it measures and how many base units one of it is. */
    public record Unit(String code, String dimension, double factor) {}

    private static final Map<String, Unit> BY_CODE = new LinkedHashMap<>();
    /** Written forms, longest first so "square miles" wins over "miles". */
    private static final Map<Pattern, String> WRITTEN = new LinkedHashMap<>();
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    static {
        unit("km2", "area", 1, "square kilomet(?:er|re)s?", "sq\\.? ?km", "km2", "km²", "kilomet(?:er|re)s? squared");
        unit("mi2", "area", 2.589988110336, "square miles?", "sq\\.? ?mi(?:les?)?", "mi2", "mi²");
        unit("m2", "area", 1e-6, "square met(?:er|re)s?", "sq\\.? ?m", "m2", "m²");
        unit("ha", "area", 0.01, "hectares?", "ha");
        unit("acre", "area", 0.0040468564224, "acres?");
        unit("km", "length", 1, "kilomet(?:er|re)s?", "km");
        unit("mi", "length", 1.609344, "miles?", "mi");
        unit("m", "length", 0.001, "met(?:er|re)s?", "m");
        unit("cm", "length", 0.00001, "centimet(?:er|re)s?", "cm");
        unit("ft", "length", 0.0003048, "f(?:ee|oo)t", "ft");
        unit("t", "mass", 1000, "(?:metric )?tonnes?", "tons?", "t");
        unit("kg", "mass", 1, "kilo(?:gram(?:me)?)?s?", "kg");
        unit("g", "mass", 0.001, "grams?", "g");
        unit("lb", "mass", 0.45359237, "pounds? weight", "lbs?");
        unit("year", "time", 8765.82, "years?", "yrs?");
        unit("month", "time", 730.485, "months?");
        unit("week", "time", 168, "weeks?");
        unit("d", "time", 24, "days?", "d");
        unit("h", "time", 1, "hours?", "hrs?", "h");
        unit("min", "time", 1.0 / 60, "minutes?", "mins?");
        unit("s", "time", 1.0 / 3600, "seconds?", "secs?");
        currency("EUR", "€", "euros?");
        currency("USD", "\\$", "US\\$", "dollars?");
        currency("GBP", "£", "pounds? sterling", "pounds?", "sterling");
        currency("JPY", "¥", "yen");
        currency("RUB", "₽", "roubles?", "rubles?");
        currency("UAH", "₴", "hryvni?as?");
        currency("INR", "₹", "rupees?");
        currency("CNY", "yuan", "renminbi");
        currency("CHF", "swiss francs?");
        unit("%", "percent", 1, "per ?cent", "%", "pc", "percentage points?");
    }

    private Units() {}

    private static void unit(String code, String dimension, double factor, String... written) {
        BY_CODE.put(code, new Unit(code, dimension, factor));
        for (String w : written) {
            WRITTEN.put(Pattern.compile("(?<![\\p{L}])" + w + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE), code);
        }
    }

    private static void currency(String code, String... written) {
        BY_CODE.put(code, new Unit(code, "money:" + code, 1));
        for (String w : written) {
            WRITTEN.put(Pattern.compile((w.startsWith("\\$") || w.length() == 1 ? "" : "(?<![\\p{L}])") + w
                    + (w.length() == 1 || w.equals("\\$") ? "" : "(?![\\p{L}])"), Pattern.CASE_INSENSITIVE), code);
        }
    }

    /** The unit for a code of the exchange format ({@code km2}, {@code EUR}, {@code %}), or null. */
    public static Unit byCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Unit u = BY_CODE.get(code);
        if (u == null) {
            u = BY_CODE.get(code.toLowerCase(Locale.ROOT));
        }
        if (u == null && CURRENCY_CODE.matcher(code).matches()) {
            u = new Unit(code, "money:" + code, 1);
        }
        return u;
    }

    /** The unit written in a figure's text ({@code 270 square miles}, {@code €90bn}), or null. */
    public static Unit inText(String text) {
        int best = Integer.MAX_VALUE;
        String code = null;
        for (Map.Entry<Pattern, String> e : WRITTEN.entrySet()) {
            Matcher m = e.getKey().matcher(text);
            // one-letter forms (m, t, d, h, g) only right after a digit, so "5 m" counts and "a man" does not
            while (m.find()) {
                if (m.end() - m.start() <= 2 && Character.isLetter(text.charAt(m.start()))
                        && !(m.start() > 0 && (Character.isDigit(text.charAt(m.start() - 1))
                        || (m.start() > 1 && text.charAt(m.start() - 1) == ' '
                        && Character.isDigit(text.charAt(m.start() - 2)))))) {
                    continue;
                }
                if (m.start() < best || (m.start() == best && code != null && e.getValue().length() > code.length())) {
                    best = m.start();
                    code = e.getValue();
                }
                break;
            }
        }
        return code == null ? null : BY_CODE.get(code);
    }
}
