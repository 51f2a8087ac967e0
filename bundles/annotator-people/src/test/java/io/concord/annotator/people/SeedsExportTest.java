package io.concord.annotator.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.concord.api.DocumentRecords;
import io.concord.export.json.ConcordJson;
import io.concord.types.DocumentMetadata;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Person;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

/**
 * Runs the annotator over the seed texts and writes {@code target/seeds-out/<id>.json}, so that
 * {@code python3 score.py annotations seeds/gold bundles/annotator.people/target/seeds-out --docs seeds}
 * scores the person row before the full pipeline exists. Also reports throughput on the seeds repeated.
 */
class SeedsExportTest {
    private static final Path SEEDS = Path.of("../../seeds");
    private static final Path OUT = Path.of("target/seeds-out");
    private static final int COPIES = 100;

    @Test
    void writesSeedAnnotationsForTheScorer() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "seeds folder not present");
        long init = System.nanoTime();
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(
                new PeopleAnnotatorProvider(PeopleAnnotatorProviderTest.defaults()).description());
        long initMillis = (System.nanoTime() - init) / 1_000_000;
        Files.createDirectories(OUT);
        List<Path> files;
        try (Stream<Path> s = Files.list(SEEDS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        StringBuilder all = new StringBuilder();
        long start = System.nanoTime();
        int found = 0;
        for (Path file : files) {
            String text = read(file);
            all.append(text).append("\n\n");
            String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
            JCas jcas = JCasFactory.createJCas(ConcordTypeSystem.description());
            jcas.setDocumentText(text);
            DocumentMetadata meta = new DocumentMetadata(jcas);
            meta.setDocumentId(id);
            meta.addToIndexes();
            engine.process(jcas);
            found += jcas.select(Person.class).count();
            try (Writer w = Files.newBufferedWriter(OUT.resolve(id + ".json"), StandardCharsets.UTF_8)) {
                ConcordJson.writeDocument(DocumentRecords.of(jcas, List.of()), w);
            }
        }
        long seedsMillis = (System.nanoTime() - start) / 1_000_000;
        assertFalse(files.isEmpty());

        // throughput: the seeds as one document per copy, best of two rounds after a warm-up
        String seedsText = all.toString();
        JCas big = JCasFactory.createJCas(ConcordTypeSystem.description());
        double seconds = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int copy = 0; copy < COPIES; copy++) {
                big.reset();
                big.setDocumentText(seedsText);
                engine.process(big);
            }
            if (round > 0) {
                seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
            }
        }
        String repeated = seedsText.repeat(COPIES);
        System.out.printf("people: engine initialised in %d ms; %d seeds in %d ms (%d people, incl. JSON); %.1f MB of text in %.2f s = %.1f MB/s%n",
                initMillis, files.size(), seedsMillis, found, repeated.length() / 1e6, seconds, repeated.length() / 1e6 / seconds);
    }

    static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
