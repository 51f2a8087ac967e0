package com.example.concord.casualties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;

/**
 * Casualty counts compared between the reports of one story, in plain Java (no OSGi): a figure of kind
 * {@code count} is a death toll or an injury count when its {@code measured} attribute, or the nearest
 * casualty word in its sentence, says so ({@code 40 people were killed}, {@code killing 40},
 * {@code the death toll rose to 45}, {@code 12 injured}). Each report's toll is its largest such figure;
 * tolls are ranges that follow their qualifier ({@code at least 40} meets {@code 45}), and two reports whose
 * ranges do not meet, even widened by the tolerance, disagree.
 */
public final class CasualtyComparison {
    /** What a count counts. */
    public enum Toll {
        DEAD("deaths", "Death toll", "high"),
        INJURED("injured", "Injured count", "medium");

        final String measure;
        final String label;
        final String severity;

        Toll(String measure, String label, String severity) {
            this.measure = measure;
            this.label = label;
            this.severity = severity;
        }
    }

    /**
     * @param tolerance      relative margin each toll is widened by before comparing (0.1: 40 meets 44)
     * @param approxMargin   relative margin read into about/around/some
     * @param hedgeReach     how far at least/more than reach above (and nearly/up to below) the value, relative
     * @param compareInjured whether injury counts are compared too, not only death tolls
     */
    public record Settings(double tolerance, double approxMargin, double hedgeReach, boolean compareInjured) {
        public static final Settings DEFAULT = new Settings(0.0, 0.1, 0.5, true);
    }

    /** One report's statement of a toll: the figure, its value, its qualifier and the range they allow. */
    public record Reading(String document, AnnotationRecord figure, double value, String qualifier, double low,
                          double high) {
        String stated() {
            return switch (qualifier) {
                case "at-least" -> "at least " + number(value);
                case "over" -> "more than " + number(value);
                case "under" -> "nearly " + number(value);
                case "at-most" -> "up to " + number(value);
                case "approx" -> "about " + number(value);
                default -> number(value);
            };
        }
    }

    private static final Set<String> DEAD_WORDS = Set.of("dead", "killed", "kill", "kills", "killing", "died", "die",
            "dies", "dying", "death", "deaths", "fatalities", "fatality", "lives", "perished", "bodies");
    private static final Set<String> INJURED_WORDS = Set.of("injured", "injuring", "injures", "injuries", "injury",
            "wounded", "wounding", "hurt", "hospitalised", "hospitalized");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}]+)*");
    private static final int REACH = 4;

    private final Settings settings;

    public CasualtyComparison(Settings settings) {
        this.settings = settings;
    }

    /** Disagreements between the reports' tolls and groups of tolls that read differently but agree. */
    public List<Conflict> compare(Story story) {
        List<Conflict> out = new ArrayList<>();
        for (Toll toll : Toll.values()) {
            if (toll == Toll.INJURED && !settings.compareInjured()) {
                continue;
            }
            List<Reading> readings = new ArrayList<>();
            for (DocumentRecord d : story.documents()) {
                Reading r = reading(d, toll);
                if (r != null) {
                    readings.add(r);
                }
            }
            if (readings.size() >= 2) {
                Conflict c = judge(toll, readings);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** A report's toll of one kind: its largest count of that kind (tolls rise as a story goes on), or null. */
    Reading reading(DocumentRecord d, Toll toll) {
        List<AnnotationRecord> figures = d.annotations("figure");
        Reading best = null;
        for (AnnotationRecord f : figures) {
            Double value = f.number("value");
            if (!"count".equals(f.string("kind")) || value == null || value < 0) {
                continue;
            }
            if (toll(f, d.text(), figures) != toll) {
                continue;
            }
            String q = qualifier(f, d.text());
            double[] range = range(value, q);
            if (best == null || value > best.value()) {
                best = new Reading(d.id(), f, value, q, range[0], range[1]);
            }
        }
        return best;
    }

    /**
     * What a count counts: the {@code measured} attribute when it names deaths or injuries, otherwise the
     * casualty word nearest to the figure in its sentence (after it wins a tie), not reading past another
     * figure. Null when neither says.
     */
    static Toll toll(AnnotationRecord figure, String text, List<AnnotationRecord> others) {
        String measured = figure.string("measured");
        if (measured != null) {
            Matcher m = WORD.matcher(measured);
            while (m.find()) {
                Toll t = tollOf(m.group());
                if (t != null) {
                    return t;
                }
            }
        }
        int[] sentence = sentence(text, figure.begin(), figure.end());
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(sentence[0], sentence[1]);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        Toll after = null;
        int afterDistance = Integer.MAX_VALUE;
        int n = 0;
        for (int[] w : words) {
            if (w[0] < figure.end()) {
                continue;
            }
            if (++n > REACH || insideOther(w[0], figure, others)) {
                break;
            }
            Toll t = tollOf(text.substring(w[0], w[1]));
            if (t != null) {
                after = t;
                afterDistance = n;
                break;
            }
        }
        n = 0;
        for (int i = words.size() - 1; i >= 0; i--) {
            int[] w = words.get(i);
            if (w[1] > figure.begin()) {
                continue;
            }
            if (++n > REACH || n >= afterDistance || insideOther(w[0], figure, others)) {
                break;
            }
            Toll t = tollOf(text.substring(w[0], w[1]));
            if (t != null) {
                return t;
            }
        }
        return after;
    }

    private static Toll tollOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DEAD_WORDS.contains(w)) {
            return Toll.DEAD;
        }
        return INJURED_WORDS.contains(w) ? Toll.INJURED : null;
    }

    private static boolean insideOther(int at, AnnotationRecord figure, List<AnnotationRecord> others) {
        for (AnnotationRecord o : others) {
            if (o != figure && at >= o.begin() && at < o.end()) {
                return true;
            }
        }
        return false;
    }

    /** Bounds of the sentence around {@code [begin, end)}: up to . ! ? or a line break (a dot between digits is no end). */
    static int[] sentence(String text, int begin, int end) {
        int from = begin;
        while (from > 0 && !isEnd(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !isEnd(text, to)) {
            to++;
        }
        return new int[] {from, to};
    }

    private static boolean isEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        return !(digitBefore && digitAfter);
    }

    /** The figure's qualifier attribute; when absent, the hedge written just before it. */
    static String qualifier(AnnotationRecord figure, String text) {
        String q = figure.string("qualifier");
        if (q != null && !q.isBlank()) {
            return q;
        }
        String before = " " + text.substring(Math.max(0, figure.begin() - 20), figure.begin())
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (ends(before, "at least")) {
            return "at-least";
        }
        if (ends(before, "more than") || ends(before, "over")) {
            return "over";
        }
        if (ends(before, "nearly") || ends(before, "almost") || ends(before, "less than")) {
            return "under";
        }
        if (ends(before, "up to") || ends(before, "at most")) {
            return "at-most";
        }
        if (ends(before, "about") || ends(before, "around") || ends(before, "some")) {
            return "approx";
        }
        return "exact";
    }

    private static boolean ends(String before, String hedge) {
        return before.endsWith(" " + hedge);
    }

    /** The counts a stated value allows under its qualifier, as {@code [low, high]}. */
    double[] range(double v, String qualifier) {
        double reach = Math.max(0, settings.hedgeReach());
        return switch (qualifier) {
            case "at-least" -> new double[] {v, v * (1 + reach)};
            case "over" -> new double[] {v + 1, Math.max(v + 1, v * (1 + reach))};
            case "under" -> new double[] {Math.min(v - 1, v * (1 - reach)), v - 1};
            case "at-most" -> new double[] {v * (1 - reach), v};
            case "approx" -> new double[] {v * (1 - settings.approxMargin()), v * (1 + settings.approxMargin())};
            default -> new double[] {v, v};
        };
    }

    /** Whether two tolls can both be true, each widened by the tolerance. */
    boolean compatible(Reading a, Reading b) {
        double t = Math.max(0, settings.tolerance());
        return a.low() - a.value() * t <= b.high() + b.value() * t
                && b.low() - b.value() * t <= a.high() + a.value() * t;
    }

    /**
     * Readings grouped into versions A, B, ... (a reading joins the first version it agrees with in full):
     * a conflict when there are two versions or more, a consistent group when one version holds tolls that
     * read differently, nothing when every report says the same.
     */
    private Conflict judge(Toll toll, List<Reading> readings) {
        List<List<Reading>> versions = new ArrayList<>();
        for (Reading r : readings) {
            List<Reading> home = null;
            for (List<Reading> v : versions) {
                if (v.stream().allMatch(o -> compatible(o, r))) {
                    home = v;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                versions.add(home);
            }
            home.add(r);
        }
        List<Claim> claims = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measure", toll.measure);
        List<String> stated = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            String version = String.valueOf((char) ('A' + Math.min(i, 25)));
            for (Reading r : versions.get(i)) {
                AnnotationRecord f = r.figure();
                claims.add(new Claim(r.document(), f.begin(), f.end(), f.text(), version));
            }
            Reading first = versions.get(i).get(0);
            stated.add(first.stated() + " (" + first.document() + ")");
            details.put(version, first.stated());
        }
        if (versions.size() >= 2) {
            return new Conflict("figure", toll.label + " differs: " + String.join(" vs ", stated), toll.severity,
                    false, claims, details);
        }
        boolean allSame = readings.stream()
                .allMatch(r -> r.value() == readings.get(0).value() && r.qualifier().equals(readings.get(0).qualifier()));
        if (allSame) {
            return null;
        }
        List<String> all = readings.stream().map(r -> r.stated() + " (" + r.document() + ")").toList();
        return new Conflict("figure", toll.label + " agrees: " + String.join(", ", all), "low", true, claims, details);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
