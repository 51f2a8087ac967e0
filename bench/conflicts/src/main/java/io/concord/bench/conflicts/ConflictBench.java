package io.concord.bench.conflicts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.concord.annotator.segmenter.TextSegmenterService;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport;
import io.concord.api.text.WordSenses;
import io.concord.conflicts.Configs;
import io.concord.conflicts.DefaultRules;
import io.concord.conflicts.StoryClusterer;
import io.concord.conflicts.StoryConflictDetector;
import io.concord.conflicts.text.DocumentViews;
import io.concord.wordnet.WordNetSenses;

/**
 * Times conflict detection on generated collections. Arguments: collection sizes (default 1000 10000);
 * system properties {@code runs} (timed runs per size, default 5), {@code seed}, and {@code storySize}
 * (reports per story; default 2-8 at random). Prints, per size, the
 * median and range of the whole detection and of story grouping alone, and what was found.
 *
 * <pre>cd bench/conflicts &amp;&amp; mvn -q exec:java -Dexec.args="1000 10000"</pre>
 */
public final class ConflictBench {
    private ConflictBench() {}

    public static void main(String[] args) {
        int runs = Integer.getInteger("runs", 5);
        long seed = Long.getLong("seed", 42L);
        List<Integer> sizes = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"1000", "10000"} : args) {
            sizes.add(Integer.parseInt(a));
        }
        TextSegmenterService segmenter = new TextSegmenterService();
        // -Dsenses=none compares words as written, to see what WordNet's word meanings cost
        WordSenses senses = "none".equals(System.getProperty("senses")) ? null : new WordNetSenses();
        StoryConflictDetector detector = DefaultRules.detector(segmenter, senses);
        StoryConflictDetector.Config config = Configs.defaults(StoryConflictDetector.Config.class);
        System.out.printf(Locale.ROOT, "conflict detection benchmark: %d timed runs per size after one warm-up, seed %d,"
                + " %d cores, max heap %d MiB%n", runs, seed, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            NewsGenerator.Collection c = new NewsGenerator(seed).withReportsPerStory(Integer.getInteger("storySize", 0))
                    .generate(size);
            long chars = c.documents().stream().mapToLong(d -> d.text().length()).sum();
            long annotations = c.documents().stream().mapToLong(d -> d.annotations().size()).sum();
            ConflictReport report = detector.detect(c.documents()); // warm-up
            List<Double> total = new ArrayList<>();
            List<Double> grouping = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                new StoryClusterer(new DocumentViews(segmenter, senses), config.storySimilarity(), config.maxPostings()).cluster(c.documents());
                long t1 = System.nanoTime();
                report = detector.detect(c.documents());
                long t2 = System.nanoTime();
                grouping.add((t1 - t0) / 1e6);
                total.add((t2 - t1) / 1e6);
            }
            Map<String, Integer> byKind = new TreeMap<>();
            for (Conflict x : report.conflicts()) {
                byKind.merge(x.kind(), 1, Integer::sum);
            }
            long multi = report.stories().stream().filter(s -> s.documents().size() > 1).count();
            System.out.printf(Locale.ROOT, "%,d documents (%,d generated stories, %.1f MB text, %,d annotations)%n",
                    c.documents().size(), c.stories(), chars / 1e6, annotations);
            System.out.printf(Locale.ROOT, "  detect: median %.0f ms (min %.0f, max %.0f) = %.2f ms/document%n",
                    median(total), Collections.min(total), Collections.max(total), median(total) / c.documents().size());
            System.out.printf(Locale.ROOT, "  story grouping alone: median %.0f ms%n", median(grouping));
            System.out.printf(Locale.ROOT, "  found %,d stories (%,d with 2+ reports), %,d conflicts %s, %,d consistent "
                    + "groups%n", report.stories().size(), multi, report.conflicts().size(), byKind,
                    report.consistent().size());
            check(report, c.injected());
        }
    }

    /**
     * Sanity check against what the generator injected: a conflict is explained when one of its reports
     * carries an injected contradiction of the same kind (attribution counts with quotes); a report with
     * an injected contradiction is found when some conflict of its kind holds it.
     */
    private static void check(ConflictReport report, Map<String, String> injected) {
        int explained = 0;
        java.util.Set<String> found = new java.util.HashSet<>();
        for (Conflict x : report.conflicts()) {
            String kind = x.kind().equals("attribution") ? "quote" : x.kind();
            boolean ok = false;
            for (var claim : x.claims()) {
                if (kind.equals(injected.get(claim.document()))) {
                    ok = true;
                    found.add(claim.document());
                }
            }
            explained += ok ? 1 : 0;
            if (!ok && Boolean.getBoolean("bench.dump")) {
                System.out.println("    unexplained: " + x.kind() + " " + x.summary() + " " + x.claims().stream()
                        .map(cl -> cl.document() + "=" + injected.get(cl.document())).toList());
            }
        }
        if (Boolean.getBoolean("bench.dump")) {
            injected.forEach((doc, kind) -> {
                if (!found.contains(doc)) {
                    System.out.println("    missed: " + doc + " " + kind);
                }
            });
        }
        System.out.printf(Locale.ROOT, "  against the injected contradictions: %,d of %,d conflicts explained (%.1f%%), "
                + "%,d of %,d injected reports found (%.1f%%)%n", explained, report.conflicts().size(),
                100.0 * explained / Math.max(1, report.conflicts().size()), found.size(), injected.size(),
                100.0 * found.size() / Math.max(1, injected.size()));
    }

    private static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
