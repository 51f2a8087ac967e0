package io.concord.annotator.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.concord.api.DocumentRecords;
import io.concord.export.json.ConcordJson;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.DocumentMetadata;
import io.concord.types.Figure;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;

/**
 * Development harness: runs the figures engine over the seed texts of the repository and writes
 * {@code target/seeds-out/<id>.json} in the exchange format, for
 * {@code python3 /work/shared/gold/score.py annotations seeds/gold bundles/annotator-figures/target/seeds-out --docs seeds}.
 * Skipped when the seeds are not there.
 */
class SeedsExportTest {
    private static final Path SEEDS = Path.of("../../seeds");
    private static final Path OUT = Path.of("target/seeds-out");

    @Test
    void writesSeedAnnotationsForScoring() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "no seeds folder");
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(new FigureAnnotatorProvider(defaults())
                .description());
        Files.createDirectories(OUT);
        List<Path> texts = texts();
        for (Path txt : texts) {
            String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            JCas jcas = jcas(read(txt), id);
            engine.process(jcas);
            try (Writer w = Files.newBufferedWriter(OUT.resolve(id + ".json"), StandardCharsets.UTF_8)) {
                ConcordJson.writeDocument(DocumentRecords.of(jcas, List.of()), w);
            }
        }
        assertTrue(texts.isEmpty() || Files.list(OUT).findAny().isPresent());
    }

    /** Throughput on the seeds concatenated many times, printed for the report. */
    @Test
    void measuresThroughputOnALargerText() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "no seeds folder");
        StringBuilder sb = new StringBuilder();
        for (Path txt : texts()) {
            sb.append(read(txt)).append("\n\n");
        }
        String unit = sb.toString();
        String big = unit.repeat(Math.max(1, 5_000_000 / Math.max(1, unit.length())));
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(new FigureAnnotatorProvider(defaults())
                .description());
        JCas warm = jcas(unit, "warm-up");
        for (int k = 0; k < 20; k++) {
            warm.reset();
            warm.setDocumentText(unit);
            engine.process(warm);
        }
        JCas jcas = jcas(big, "big");
        long t0 = System.nanoTime();
        engine.process(jcas);
        long nanos = System.nanoTime() - t0;
        long figures = jcas.select(Figure.class).count();
        double mbPerSecond = big.length() / 1e6 / (nanos / 1e9);
        System.out.printf("figures throughput: %d chars, %d figures, %.0f ms, %.1f M chars/s%n",
                big.length(), figures, nanos / 1e6, mbPerSecond);
        assertTrue(figures > 0);
    }

    private static List<Path> texts() throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(SEEDS)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        return texts;
    }

    private static String read(Path txt) throws IOException {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static JCas jcas(String text, String id) throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText(text);
        DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
        meta.setDocumentId(id);
        meta.addToIndexes();
        return jcas;
    }

    static FigureAnnotatorProvider.Config defaults() {
        return new FigureAnnotatorProvider.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return FigureAnnotatorProvider.Config.class;
            }

            @Override
            public double minConfidence() {
                return 0.5;
            }

            @Override
            public boolean yearsAlone() {
                return true;
            }

            @Override
            public boolean indefiniteDurations() {
                return true;
            }
        };
    }
}
