package io.concord.conflicts.figures;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number of a figure's text: digits ({@code 19,000}, {@code 19.3}), number words
 * ({@code nineteen}, {@code ninety billion}, {@code two-thirds}) and multipliers ({@code bn}, {@code million}).
 * Also says how precisely it was written: half of its last significant unit ({@code 19.3} -> 0.05,
 * {@code 19,000} -> 500), the rounding a reader should allow.
 */
public final class NumberParser {
    /** A number as written: its value and the half-unit of its last significant digit. */
    public record Parsed(double value, double halfUnit) {}

    private static final Pattern DIGITS = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})++|\\d+)(?:\\.(\\d+))?(?:\\s*-?\\s*(trillion|billion|million|thousand)(?![\\p{L}])|(tn|bn|mn|m|k)(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("dozen", 12.0),
            Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
            Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("bn", 1e9), Map.entry("mn", 1e6),
            Map.entry("m", 1e6), Map.entry("k", 1e3), Map.entry("tn", 1e12));
    private static final Map<String, Double> FRACTIONS = Map.of("half", 2.0, "halves", 2.0, "third", 3.0,
            "thirds", 3.0, "quarter", 4.0, "quarters", 4.0, "fifth", 5.0, "fifths", 5.0, "tenth", 10.0, "tenths", 10.0);
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private NumberParser() {}

    /** The first number in {@code text}, or null. */
    public static Parsed parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DIGITS.matcher(text);
        if (m.find()) {
            String whole = m.group(1).replace(",", "");
            String decimals = m.group(2);
            String multiplier = m.group(3) != null ? m.group(3) : m.group(4);
            double scale = multiplier == null ? 1 : SCALES.get(multiplier.toLowerCase(Locale.ROOT));
            double value = Double.parseDouble(decimals == null ? whole : whole + "." + decimals) * scale;
            double half;
            if (decimals != null) {
                half = 0.5 * Math.pow(10, -decimals.length()) * scale;
            } else {
                int zeros = 0;
                for (int i = whole.length() - 1; i > 0 && whole.charAt(i) == '0'; i--) {
                    zeros++;
                }
                half = 0.5 * Math.pow(10, zeros) * scale;
            }
            return new Parsed(value, half);
        }
        return words(text.toLowerCase(Locale.ROOT));
    }

    /** Number words: "ninety billion", "two-thirds", "a dozen", "twenty-five thousand". */
    private static Parsed words(String text) {
        Matcher m = WORD.matcher(text);
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean numeric = false;
        while (m.find()) {
            String w = m.group();
            Integer small = SMALL.get(w);
            Double scale = SCALES.get(w);
            Double fraction = FRACTIONS.get(w);
            if (small != null) {
                if ((w.equals("a") || w.equals("an")) && numeric) {
                    break;
                }
                current += small;
                any = true;
                numeric |= !(w.equals("a") || w.equals("an"));
            } else if (scale != null && any && !w.equals("m") && !w.equals("k")) {
                if (scale >= 1e3) {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                } else {
                    current = Math.max(current, 1) * scale;
                }
                numeric = true;
            } else if (fraction != null && any) {
                return new Parsed(Math.max(current, 1) / fraction, 0.005);
            } else if (w.equals("and") && any) {
                continue;
            } else if (any) {
                break;
            }
        }
        if (!numeric) {
            return null;
        }
        double value = total + current;
        // words are round by nature: "ninety billion" is precise to its leading word
        double unit = Math.pow(10, Math.floor(Math.log10(Math.max(1, value))));
        double lead = Math.floor(value / unit);
        double half = value == lead * unit ? 0.5 * unit : 0.5;
        if (value < 100) {
            half = 0.5;
        }
        return new Parsed(value, half);
    }
}
