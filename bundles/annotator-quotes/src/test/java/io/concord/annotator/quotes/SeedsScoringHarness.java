package io.concord.annotator.quotes;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.concord.api.DocumentRecords;
import io.concord.export.json.ConcordJson;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.DocumentMetadata;
import io.concord.types.Person;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Development harness, not a unit test of behaviour: runs the quotes engine over the seed texts and writes
 * the exchange JSON (quotes only) for score.py. With gold persons standing in for the people annotator:
 * target/seeds-out; with no persons at all (the capitalised-name fallback): target/seeds-out-nopersons.
 * Skipped when the seeds are not there; its name keeps it out of the default test run. From the module folder:
 * {@code mvn -o -q -B test -Dtest=SeedsScoringHarness}, then
 * {@code python3 /work/shared/gold/score.py annotations ../../seeds/gold target/seeds-out --docs ../../seeds}.
 */
class SeedsScoringHarness {
    /** The repository's seeds folder (tests run in the module folder); -Dconcord.seeds=DIR overrides. */
    private static final Path SEEDS = Path.of(System.getProperty("concord.seeds", "../../seeds"));

    @Test
    void writesSeedQuotesForScoring() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "seeds not present");
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(QuoteAnnotator.class,
                ConcordTypeSystem.description());
        run(engine, true, Path.of("target/seeds-out"));
        run(engine, false, Path.of("target/seeds-out-nopersons"));
    }

    private static void run(AnalysisEngine engine, boolean withGoldPersons, Path out) throws Exception {
        Files.createDirectories(out);
        List<Path> texts;
        try (Stream<Path> s = Files.list(SEEDS)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        JCas jcas = engine.newJCas();
        for (Path txt : texts) {
            String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            jcas.reset();
            jcas.setDocumentText(text);
            DocumentMetadata meta = new DocumentMetadata(jcas, 0, text.length());
            meta.setDocumentId(id);
            meta.addToIndexes();
            List<Person> seeded = withGoldPersons ? seedPersons(jcas, SEEDS.resolve("gold").resolve(id + ".json"))
                    : List.of();
            engine.process(jcas);
            seeded.forEach(Person::removeFromIndexes);
            try (Writer w = Files.newBufferedWriter(out.resolve(id + ".json"), StandardCharsets.UTF_8)) {
                ConcordJson.writeDocument(DocumentRecords.of(jcas, List.of()), w);
            }
        }
    }

    private static List<Person> seedPersons(JCas jcas, Path gold) throws IOException {
        List<Person> added = new ArrayList<>();
        if (!Files.exists(gold)) {
            return added;
        }
        JsonObject doc;
        try (Reader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            doc = JsonParser.parseReader(r).getAsJsonObject();
        }
        for (JsonElement e : doc.getAsJsonArray("annotations")) {
            JsonObject a = e.getAsJsonObject();
            if (!"person".equals(a.get("type").getAsString())) {
                continue;
            }
            Person p = new Person(jcas, a.get("begin").getAsInt(), a.get("end").getAsInt());
            p.setCanonical(string(a, "canonical"));
            p.setRole(string(a, "role"));
            p.setConfidence(1.0);
            p.addToIndexes();
            added.add(p);
        }
        return added;
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
