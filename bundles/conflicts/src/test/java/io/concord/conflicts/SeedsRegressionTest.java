package io.concord.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.concord.api.model.AnnotatedCollection;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.export.html.HtmlExporter;
import io.concord.export.json.format.ConcordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Detection on the five seed texts with their gold annotations, scored as score.py does. The report is
 * written to target/seeds/conflicts.json for {@code score.py conflicts}, and as a page to target/seeds/conflicts.html.
 */
class SeedsRegressionTest {
    private static ConflictScore.Result byKind;
    private static ConflictScore.Result anyKind;
    private static ConflictReport report;

    @BeforeAll
    static void detect() throws Exception {
        Path seeds = GoldSeeds.seedsDir();
        assumeTrue(Files.isDirectory(seeds.resolve("gold")), "seed texts not found");
        List<DocumentRecord> docs = GoldSeeds.load(seeds);
        report = TestViews.detector().detect(docs);
        Path out = Path.of("target/seeds/conflicts.json");
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ConcordJson.writeConflicts(report, w);
        }
        try (var html = Files.newOutputStream(out.resolveSibling("conflicts.html"))) {
            new HtmlExporter().writeCollection(new AnnotatedCollection(docs, report), html);
        }
        Path gold = seeds.resolve("gold/conflicts.json");
        byKind = ConflictScore.score(gold, out, true);
        anyKind = ConflictScore.score(gold, out, false);
        System.out.println("seeds by_kind  " + byKind);
        System.out.println("seeds any_kind " + anyKind);
    }

    /**
     * 26 of 29 since word meanings come from WordNet rather than a hand-kept list that had been grown on
     * these texts: WordNet links neither two nouns of one rewording nor "often" with "many times".
     */
    @Test
    void findsAtLeastEightyFivePercentOfGoldDisagreements() {
        assertTrue(byKind.recall() >= 0.85, byKind.toString());
    }

    @Test
    void atLeastNinetyPercentOfReportedDisagreementsAreGold() {
        assertTrue(byKind.precision() >= 0.9, byKind.toString());
    }

    @Test
    void flagsNoConsistentGroup() {
        assertEquals(List.of(), byKind.flaggedConsistent());
    }

    @Test
    void keepsTheReportOfAnotherMeetingInItsOwnStory() {
        String other = "004_2a8ee22c909990b8";
        ConflictReport.StoryInfo story = report.stories().stream().filter(s -> s.documents().contains(other))
                .findFirst().orElseThrow();
        assertEquals(List.of(other), story.documents());
    }
}
