package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.language.UnitConversions;

/**
 * Readings that need the whole document, applied after the scan: news names its dollar once ({@code A$2.3m})
 * and writes bare {@code $} afterwards, names the yuan where it writes {@code ¥}, and names a temperature scale
 * before writing bare {@code minus 45} or {@code 40 degrees}; shared currency names: {@link CountryCurrencies}.
 */
final class DocumentReadings {
    /** Dollars that news marks with their country ({@code A$}, {@code C$}, {@code Australian dollars}). */
    private static final Set<String> COUNTRY_DOLLARS = Set.of("AUD", "CAD", "NZD", "HKD", "SGD", "TWD");
    /** The document says US dollars somewhere: then a bare $ stays USD. */
    private static final Pattern US_DOLLAR = Pattern.compile(
            "\\b(?:US|U\\.S\\.)\\s?\\$|\\bUSD\\b|\\b(?:US|U\\.S\\.|American) dollars?\\b");
    private static final Pattern EXPLICIT_USD = Pattern.compile("(?i)\\b(?:us|u\\.s\\.|usd|american)\\b|US\\$");

    /** Unambiguous names of Australia and New Zealand, their states and main cities (not Perth, Victoria). */
    private static final Pattern AUSTRALIA = Pattern.compile(
            "\\b(?:Australian?|NSW|New South Wales|Queensland|Tasmania|Sydney|Melbourne|Brisbane|Canberra"
                    + "|Adelaide)\\b");
    private static final Pattern NEW_ZEALAND = Pattern.compile("\\b(?:New Zealand|Auckland|Christchurch)\\b");
    /** The United States named anywhere: a bare $ may then be the US dollar. */
    private static final Pattern US_NAMED = Pattern.compile(
            "\\b(?:US|USA|United States|American|Wall Street|Washington|New York)\\b|\\bU\\.S\\.");

    private static final Pattern YUAN = Pattern.compile("(?i)\\b(?:yuan|renminbi)\\b|\\bRMB\\b");
    private static final Pattern YEN = Pattern.compile("(?i)\\byen\\b|\\bJPY\\b");

    /** Degrees with no scale after them (a scale written after them is read by the scan). */
    private static final Pattern DEGREES = Pattern.compile(
            " degrees\\b(?! (?:[Cc]elsius|[Ff]ahrenheit|[Cc]entigrade|[CFcf]\\b))");
    private static final Pattern TEMPERATURE_TALK = Pattern.compile("(?i)\\btemperatures?\\b|\\bheat ?waves?\\b");

    private DocumentReadings() {}

    static void apply(String text, List<FigureMatch> out) {
        localDollar(text, out);
        yuanSign(text, out);
        CountryCurrencies.apply(text, out);
        bareTemperatures(text, out);
    }

    /**
     * When the document qualifies its dollars with exactly one country and never writes US dollars, its bare
     * {@code $} amounts (and cents) are in that country's dollar.
     */
    private static void localDollar(String text, List<FigureMatch> out) {
        Set<String> dollars = new TreeSet<>();
        for (FigureMatch m : out) {
            if (m.kind() == FigureKind.MONEY && COUNTRY_DOLLARS.contains(m.unit())) {
                dollars.add(m.unit());
            }
        }
        if (dollars.isEmpty()) {
            homeDollar(text, out).ifPresent(dollars::add);
        }
        if (dollars.size() != 1 || US_DOLLAR.matcher(text).find()) {
            return;
        }
        String local = dollars.iterator().next();
        for (int i = 0; i < out.size(); i++) {
            FigureMatch m = out.get(i);
            if (m.kind() == FigureKind.MONEY && "USD".equals(m.unit())
                    && !EXPLICIT_USD.matcher(text.substring(m.begin(), m.end())).find()) {
                out.set(i, withUnit(m, local));
            }
        }
    }

    /**
     * The dollar of the one dollar country a story names before its first {@code $} amount (a flood in NSW, a
     * council in Auckland): local news writes its own dollar bare. None when the story also talks of the US.
     */
    private static Optional<String> homeDollar(String text, List<FigureMatch> out) {
        int firstDollar = -1;
        for (FigureMatch m : out) {
            if (m.kind() == FigureKind.MONEY && "USD".equals(m.unit()) && text.charAt(m.begin()) == '$') {
                firstDollar = m.begin();
                break;
            }
        }
        if (firstDollar < 0 || US_NAMED.matcher(text).find()) {
            return Optional.empty();
        }
        String lead = text.substring(0, firstDollar);
        boolean australia = AUSTRALIA.matcher(lead).find();
        boolean newZealand = NEW_ZEALAND.matcher(lead).find();
        return australia == newZealand ? Optional.empty() : Optional.of(australia ? "AUD" : "NZD");
    }

    /** ¥ is the yen's sign and the yuan's: a document that names the yuan and never the yen writes yuan. */
    private static void yuanSign(String text, List<FigureMatch> out) {
        // the text is scanned only when it has a ¥ amount: two case-blind scans of every document cost more
        // than the rest of the figure readings together
        if (out.stream().noneMatch(m -> yenSign(text, m)) || !YUAN.matcher(text).find() || YEN.matcher(text).find()) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            FigureMatch m = out.get(i);
            if (yenSign(text, m)) {
                out.set(i, withUnit(m, "CNY"));
            }
        }
    }

    private static boolean yenSign(String text, FigureMatch m) {
        return m.kind() == FigureKind.MONEY && "JPY".equals(m.unit()) && text.charAt(m.begin()) == '¥';
    }

    private static FigureMatch withUnit(FigureMatch m, String unit) {
        return new FigureMatch(m.begin(), m.end(), m.kind(), m.value(), m.timex(), unit, m.qualifier(),
                m.normalizedValue(), m.normalizedUnit(), m.measured(), m.confidence(), m.range(), m.hedge());
    }

    /**
     * {@code minus 45} and {@code 40 degrees} without a scale are temperatures on the scale the document uses for
     * its temperatures, or in °C when it talks of temperatures without naming a scale.
     */
    private static void bareTemperatures(String text, List<FigureMatch> out) {
        String documentScale = null; // read once, at the first bare temperature: it looks at the whole document
        boolean scaleRead = false;
        for (int i = 0; i < out.size(); i++) {
            FigureMatch m = out.get(i);
            if (m.kind() != FigureKind.COUNT) {
                continue;
            }
            Matcher degrees = DEGREES.matcher(text).region(m.end(), text.length());
            boolean minus = m.value() < 0 && text.regionMatches(true, m.begin(), "minus ", 0, 6);
            boolean bareDegrees = degrees.lookingAt()
                    && (i + 1 >= out.size() || out.get(i + 1).begin() >= degrees.end());
            if (!minus && !bareDegrees) {
                continue;
            }
            if (!scaleRead) {
                documentScale = documentScale(out);
                documentScale = documentScale == null && TEMPERATURE_TALK.matcher(text).find() ? "°C" : documentScale;
                scaleRead = true;
            }
            String scale = documentScale;
            if (bareDegrees && m.value() >= 30 && m.value() <= 45
                    && text.substring(Math.max(0, m.begin() - 40), m.begin()).contains("body")) {
                scale = "°C"; // a body temperature of 40 degrees can only be Celsius
            }
            if (scale == null) {
                continue;
            }
            int end = bareDegrees ? degrees.end() : m.end();
            Double normalized = null;
            String normalizedUnit = null;
            if (UnitConversions.knows(scale)) {
                UnitConversions.Normalized norm = UnitConversions.toBase(m.value(), scale).orElseThrow();
                normalized = norm.value();
                normalizedUnit = norm.unit();
            }
            out.set(i, new FigureMatch(m.begin(), end, FigureKind.MEASURE, m.value(), null, scale,
                    m.qualifier(), normalized, normalizedUnit, m.measured(), m.confidence(), m.range(), m.hedge()));
        }
    }

    /** The scale the document writes most, the first one on a tie: {@code -41.8C (-43.2F)} gives °C. */
    private static String documentScale(List<FigureMatch> out) {
        int celsius = 0;
        int fahrenheit = 0;
        String first = null;
        for (FigureMatch m : out) {
            if (isTemperature(m.unit())) {
                first = first == null ? m.unit() : first;
                celsius += "°C".equals(m.unit()) ? 1 : 0;
                fahrenheit += "°F".equals(m.unit()) ? 1 : 0;
            }
        }
        return celsius > fahrenheit ? "°C" : fahrenheit > celsius ? "°F" : first;
    }

    private static boolean isTemperature(String unit) {
        return "°C".equals(unit) || "°F".equals(unit);
    }
}
