package io.concord.annotator.figures.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.concord.annotator.segmenter.NewsSegmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Measures the recogniser's pass rate on the hand-written expression tables in {@code src/test/resources/expressions}
 * (format in the header of each table) and writes a report of the failing rows to
 * {@code target/expression-tables/<table>.txt}.
 */
class ExpressionTableTest {
    /** Pass-rate floors: raised as the recognizer improves, and never to be lowered. */
    static final double MONEY_FLOOR = 1.00;
    static final double PERCENT_FLOOR = 1.00;

    private static final FigureRecognizer RECOGNIZER = new FigureRecognizer();
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();
    private static final double TOLERANCE = 2e-3;
    private static final Set<String> KINDS = Set.of("count", "money", "percent", "measure", "duration", "ratio", "date");
    private static final Set<String> QUALIFIERS = Set.of("exact", "approx", "over", "under", "at-least", "at-most");

    /** One expected figure: {@code begin} is the offset of the span in the sentence, -1 when it is not found. */
    record Row(int line, String sentence, String span, int begin, String kind, double value, String unit,
               String qualifier, String problem) {
        int end() {
            return begin + span.length();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"money, " + MONEY_FLOOR, "percent, " + PERCENT_FLOOR})
    void passRateStaysAtOrAboveItsFloor(String table, double floor) throws IOException {
        List<Row> rows = load(table);
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            List<FigureMatch> found = RECOGNIZER.find(SEGMENTER.tokensAndSentences(row.sentence()));
            if (found.stream().noneMatch(m -> passes(row, m))) {
                failures.add(describe(row, found));
            }
        }
        int passed = rows.size() - failures.size();
        double rate = rows.isEmpty() ? 0 : (double) passed / rows.size();
        String rateLine = String.format(Locale.ROOT, "%s: %d of %d rows pass (rate %.4f, floor %.2f)", table,
                passed, rows.size(), rate, floor);
        System.out.println(rateLine);
        Path report = Path.of("target", "expression-tables", table + ".txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, rateLine + "\n\n" + String.join("\n", failures) + "\n", StandardCharsets.UTF_8);
        assertTrue(rate >= floor, rateLine + " (failures in " + report + ")");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"money", "percent"})
    void everyRowIsWellFormed(String table) throws IOException {
        List<Row> rows = load(table);
        assertTrue(rows.size() > 0, table + " has no rows");
        String problems = rows.stream().filter(r -> r.problem() != null)
                .map(r -> table + ".tsv line " + r.line() + ": " + r.problem()).collect(Collectors.joining("\n"));
        assertEquals("", problems);
    }

    private static boolean passes(Row row, FigureMatch m) {
        return m.begin() == row.begin() && m.end() == row.end()
                && m.kind().label().equals(row.kind())
                && Math.abs(m.value() - row.value()) <= Math.abs(row.value()) * TOLERANCE + 1e-12
                && row.unit().equals(m.unit())
                && m.qualifier().label().equals(row.qualifier());
    }

    /** A failing row with every figure found at or overlapping its span. */
    private static String describe(Row row, List<FigureMatch> found) {
        String near = found.stream().filter(m -> m.begin() < row.end() && row.begin() < m.end())
                .map(m -> String.format(Locale.ROOT, "'%s' %s %s %s %s", row.sentence().substring(m.begin(), m.end()),
                        m.kind().label(), m.value(), m.unit(), m.qualifier().label()))
                .collect(Collectors.joining("; "));
        return String.format(Locale.ROOT, "line %d: '%s' expected %s %s %s %s | found: %s%n  in: %s", row.line(),
                row.span(), row.kind(), row.value(), row.unit(), row.qualifier(),
                near.isEmpty() ? "nothing" : near, row.sentence());
    }

    /** The rows of {@code expressions/<table>.tsv}; a row that does not parse carries its problem. */
    static List<Row> load(String table) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ExpressionTableTest.class.getResourceAsStream("/expressions/" + table + ".tsv")) {
            assertNotNull(in, "no table " + table);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
                    rows.add(parse(i + 1, lines[i]));
                }
            }
        }
        return rows;
    }

    private static Row parse(int line, String text) {
        String[] f = text.split("\t", -1);
        if (f.length != 6 && f.length != 7) {
            return new Row(line, text, "", -1, "", Double.NaN, "", "", "expected 6 or 7 columns, got " + f.length);
        }
        String sentence = f[0], span = f[1], kind = f[2], unit = f[4], qualifier = f[5];
        List<String> problems = new ArrayList<>();
        double value = Double.NaN;
        try {
            value = Double.parseDouble(f[3]);
        } catch (NumberFormatException e) {
            problems.add("value '" + f[3] + "' is not a number");
        }
        int occurrences = count(sentence, span);
        int nth = 1;
        if (f.length == 7) {
            nth = f[6].matches("@[1-9][0-9]*") ? Integer.parseInt(f[6].substring(1)) : 0;
            if (nth == 0) {
                problems.add("7th column '" + f[6] + "' is not @N");
            }
        } else if (occurrences > 1) {
            problems.add("span '" + span + "' occurs " + occurrences + " times; add @N");
        }
        int begin = span.isEmpty() || nth < 1 || nth > occurrences ? -1 : nthIndex(sentence, span, nth);
        if (begin < 0) {
            problems.add("span '" + span + "' (occurrence " + nth + ") not in sentence");
        }
        if (!KINDS.contains(kind)) {
            problems.add("unknown kind '" + kind + "'");
        }
        if (!QUALIFIERS.contains(qualifier)) {
            problems.add("unknown qualifier '" + qualifier + "'");
        }
        boolean unitOk = switch (kind) {
            case "money" -> unit.matches("[A-Z]{3}");
            case "percent" -> Set.of("%", "pp", "bp").contains(unit);
            default -> true;
        };
        if (!unitOk) {
            problems.add("unit '" + unit + "' is not valid for " + kind);
        }
        return new Row(line, sentence, span, begin, kind, value, unit, qualifier,
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = part.isEmpty() ? -1 : text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static int nthIndex(String text, String part, int nth) {
        int i = text.indexOf(part);
        for (int k = 1; k < nth && i >= 0; k++) {
            i = text.indexOf(part, i + 1);
        }
        return i;
    }
}
