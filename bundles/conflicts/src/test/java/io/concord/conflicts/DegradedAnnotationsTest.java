package io.concord.conflicts;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.export.json.format.ConcordJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How detection on the seeds holds up when annotations are imperfect, as an annotator's will be. */
class DegradedAnnotationsTest {
    private static AnnotationRecord with(AnnotationRecord a, Map<String, Object> changes, int begin, int end, String text) {
        Map<String, Object> attrs = new LinkedHashMap<>(a.attributes());
        changes.forEach((k, v) -> {
            if (v == null) {
                attrs.remove(k);
            } else {
                attrs.put(k, v);
            }
        });
        return new AnnotationRecord(a.type(), begin, end, text.substring(begin, end), attrs);
    }

    static List<DocumentRecord> degrade(List<DocumentRecord> docs, String how) {
        Random random = new Random(7);
        List<DocumentRecord> out = new ArrayList<>();
        for (DocumentRecord d : docs) {
            String t = d.text();
            List<AnnotationRecord> anns = new ArrayList<>();
            for (AnnotationRecord a : d.annotations()) {
                AnnotationRecord x = a;
                boolean all = how.equals("all");
                if ((all || how.equals("noSpeakers")) && a.type().equals("quote")) {
                    x = with(x, Map.of("speaker", "", "cue", ""), x.begin(), x.end(), t);
                    Map<String, Object> m = new LinkedHashMap<>(x.attributes());
                    m.remove("speaker");
                    m.remove("cue");
                    x = new AnnotationRecord(x.type(), x.begin(), x.end(), x.text(), m);
                }
                if ((all || how.equals("quoteMarksInSpan")) && a.type().equals("quote") && x.begin() > 0
                        && x.end() < t.length()) {
                    x = with(x, Map.of(), x.begin() - 1, x.end() + 1, t);
                }
                if ((all || how.equals("noHedgesNoNormalized")) && a.type().equals("figure")) {
                    Map<String, Object> m = new LinkedHashMap<>(x.attributes());
                    m.put("qualifier", "exact");
                    m.remove("normalizedValue");
                    m.remove("normalizedUnit");
                    x = new AnnotationRecord(x.type(), x.begin(), x.end(), x.text(), m);
                }
                if ((all || how.equals("dropTenthOfEntities")) && (a.type().equals("person") || a.type().equals("place"))
                        && random.nextDouble() < 0.1) {
                    continue;
                }
                if ((all || how.equals("canonicalIsSurface")) && a.type().equals("person")) {
                    Map<String, Object> m = new LinkedHashMap<>(x.attributes());
                    m.put("canonical", x.text());
                    x = new AnnotationRecord(x.type(), x.begin(), x.end(), x.text(), m);
                }
                anns.add(x);
            }
            out.add(new DocumentRecord(d.id(), t, anns, List.of()));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"noSpeakers", "quoteMarksInSpan", "noHedgesNoNormalized", "dropTenthOfEntities",
            "canonicalIsSurface", "all"})
    void scoresDegradedAnnotations(String how) throws Exception {
        Path seeds = GoldSeeds.seedsDir();
        assumeTrue(Files.isDirectory(seeds.resolve("gold")));
        List<DocumentRecord> docs = degrade(GoldSeeds.load(seeds), how);
        ConflictReport report = TestViews.detector().detect(docs);
        Path out = Path.of("target/degraded/" + how + ".json");
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ConcordJson.writeConflicts(report, w);
        }
        System.out.printf("degraded %-22s %s%n", how, ConflictScore.score(seeds.resolve("gold/conflicts.json"), out, true));
    }
}
