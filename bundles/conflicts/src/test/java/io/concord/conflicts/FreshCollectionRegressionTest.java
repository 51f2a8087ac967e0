package io.concord.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.export.json.format.ConcordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Detection on a collection written apart from the seeds (src/test/resources/fresh: four stories of three or
 * four reports with traps such as other tolls and other sums in the same story, another round of talks with the
 * same people, two unrelated reports), with the annotations the
 * pipeline itself produced for them (fresh/annotations, saved from {@code concord annotate}), scored
 * against fresh/conflicts.gold.json (written by fresh/make_gold.py). The report is written to target/fresh/conflicts.json.
 */
class FreshCollectionRegressionTest {
    private static ConflictScore.Result byKind;
    private static ConflictReport report;

    @BeforeAll
    static void detect() throws Exception {
        Path fresh = resource("fresh");
        List<DocumentRecord> docs = GoldSeeds.load(fresh.resolve("docs"), fresh.resolve("annotations"));
        report = TestViews.detector().detect(docs);
        Path out = Path.of("target/fresh/conflicts.json");
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ConcordJson.writeConflicts(report, w);
        }
        byKind = ConflictScore.score(fresh.resolve("conflicts.gold.json"), out, true);
        System.out.println("fresh by_kind  " + byKind);
        System.out.println("fresh any_kind " + ConflictScore.score(fresh.resolve("conflicts.gold.json"), out, false));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(FreshCollectionRegressionTest.class.getClassLoader().getResource(name),
                name).toURI());
    }

    @Test
    void atLeastNinetyFivePercentOfReportedDisagreementsAreGold() {
        assertTrue(byKind.precision() >= 0.95, byKind.toString());
    }

    @Test
    void findsAtLeastEightyFivePercentOfGoldDisagreements() {
        assertTrue(byKind.recall() >= 0.85, byKind.toString());
    }

    @Test
    void flagsNoConsistentGroup() {
        assertEquals(List.of(), byKind.flaggedConsistent());
    }
}
