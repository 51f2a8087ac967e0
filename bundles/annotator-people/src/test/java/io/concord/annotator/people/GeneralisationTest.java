package io.concord.annotator.people;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A held-out-style check: news excerpts written for it (not the seeds the recogniser was developed on), with
 * hand-made gold in {@code src/test/resources/generalisation/} (see {@code data/generalisation/}). Computes
 * strict-span precision, recall and F1 of the person mentions and the share of right canonical names, and
 * fails when they fall below the level reached, so that it works as a regression test.
 */
class GeneralisationTest {
    private static final double MIN_F1 = 0.97;
    private static final double MIN_CANONICAL = 0.98;

    private record Gold(int begin, int end, String text, String canonical, boolean optional) {}

    @Test
    void recognisesPeopleInUnseenNews() throws IOException {
        PersonRecognizer recognizer = new PersonRecognizer(NameLexicon.load());
        Map<String, List<Gold>> gold = readGold();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int canonicalRight = 0;
        StringBuilder errors = new StringBuilder();
        for (Map.Entry<String, List<Gold>> doc : gold.entrySet()) {
            String text = read("/generalisation/" + doc.getKey() + ".txt");
            List<PersonRecognizer.Mention> found = recognizer.find(text);
            Set<Gold> matched = new HashSet<>();
            for (PersonRecognizer.Mention m : found) {
                Gold g = doc.getValue().stream().filter(x -> x.begin() == m.begin() && x.end() == m.end())
                        .findFirst().orElse(null);
                if (g == null) {
                    fp++;
                    errors.append(String.format("  FP %s %s%n", doc.getKey(), text.substring(m.begin(), m.end())));
                    continue;
                }
                matched.add(g);
                if (g.optional()) {
                    continue;
                }
                tp++;
                if (sameName(m.canonical(), g.canonical())) {
                    canonicalRight++;
                } else {
                    errors.append(String.format("  canonical %s %s: %s, not %s%n", doc.getKey(), g.text(),
                            m.canonical(), g.canonical()));
                }
            }
            for (Gold g : doc.getValue()) {
                if (!g.optional() && !matched.contains(g)) {
                    fn++;
                    errors.append(String.format("  FN %s %s%n", doc.getKey(), g.text()));
                }
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double canonical = tp == 0 ? 0 : (double) canonicalRight / tp;
        System.out.printf(Locale.ROOT, "person (generalisation): P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d), canonical %.3f%n%s",
                p, r, f1, tp, fp, fn, canonical, errors);
        assertTrue(f1 >= MIN_F1, "person F1 " + f1 + " below " + MIN_F1);
        assertTrue(canonical >= MIN_CANONICAL, "person canonical " + canonical + " below " + MIN_CANONICAL);
    }

    /** As the scorer: equal after normalisation, or the same last word. */
    private static boolean sameName(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        return x.equals(y) || x.substring(x.lastIndexOf(' ') + 1).equals(y.substring(y.lastIndexOf(' ') + 1));
    }

    private static String norm(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.replace('’', '\'').toLowerCase(Locale.ROOT).replace('.', ' ').trim().replaceAll("\\s+", " ");
    }

    private static Map<String, List<Gold>> readGold() throws IOException {
        Map<String, List<Gold>> out = new LinkedHashMap<>();
        for (String line : read("/generalisation/gold.tsv").split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            List<Gold> list = out.computeIfAbsent(f[0], k -> new ArrayList<>());
            if (f[1].equals("person")) {
                list.add(new Gold(Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5], f[7].equals("optional")));
            }
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GeneralisationTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            StringBuilder sb = new StringBuilder();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0;) {
                sb.append(buf, 0, n);
            }
            String s = sb.toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
    }
}
