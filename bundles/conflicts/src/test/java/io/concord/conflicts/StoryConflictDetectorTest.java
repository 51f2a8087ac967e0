package io.concord.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.api.text.WordSenses;
import org.junit.jupiter.api.Test;

class StoryConflictDetectorTest {
    private static final StoryConflictDetector.Config CONFIG = Configs.defaults(StoryConflictDetector.Config.class);

    private static List<DocumentRecord> twoReports() {
        return List.of(
                StoryClustererTest.strike("s1", "Dock workers at Felixstowe began a strike on Monday. Sharon Graham said it "
                        + "was “the only option left” after pay talks with the port failed."),
                StoryClustererTest.strike("s2", "A strike by dock workers at Felixstowe port started Monday after pay talks "
                        + "failed; union chief Sharon Graham called it “the only option left”."));
    }

    /** A third-party rule: flags the first quote of every pair of documents. */
    static final class FirstQuotesRule implements ConflictRule {
        final List<String> stories = new ArrayList<>();

        @Override
        public String id() {
            return "first-quotes";
        }

        @Override
        public List<Conflict> apply(Story story) {
            stories.add(story.id());
            List<Claim> claims = new ArrayList<>();
            for (DocumentRecord d : story.documents()) {
                var q = d.annotations("quote").get(0);
                claims.add(new Claim(d.id(), q.begin(), q.end(), q.text(), d.id()));
            }
            return List.of(new Conflict("other", "test", "low", false, claims, Map.of()),
                    new Conflict("other", "single document", "low", false, claims.subList(0, 1), Map.of()));
        }
    }

    @Test
    void prepareHasTheWordSensesLoadedBeforeAnyDetection() {
        AtomicInteger questions = new AtomicInteger();
        WordSenses senses = new WordSenses() {
            @Override
            public int[] senses(String expression, int limit) {
                questions.incrementAndGet();
                return new int[0];
            }

            @Override
            public boolean mayBeginExpression(String first, String second) {
                questions.incrementAndGet();
                return false;
            }

            @Override
            public int longestExpression() {
                questions.incrementAndGet();
                return 1;
            }
        };
        StoryConflictDetector detector = DefaultRules.detector(TestViews.SEGMENTER, senses);
        assertEquals(0, questions.get(), "nothing is asked before prepare");
        detector.prepare();
        assertTrue(questions.get() > 0, "prepare asks the senses, which loads their lexicon");
    }

    @Test
    void appliesEveryRegisteredRuleToEveryStory() {
        FirstQuotesRule rule = new FirstQuotesRule();
        ConflictReport r = StoryConflictDetector.withRules(CONFIG, TestViews.views(), List.of(rule)).detect(twoReports());
        assertEquals(1, rule.stories.size());
        assertEquals(1, r.conflicts().size(), "a conflict within one document is dropped");
        Conflict c = r.conflicts().get(0);
        assertEquals("first-quotes", c.details().get("rule"));
        assertEquals(r.stories().get(0).id(), c.details().get("story"));
    }

    @Test
    void skipsARuleThatFails() {
        ConflictRule broken = new ConflictRule() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Conflict> apply(Story story) {
                throw new IllegalStateException("boom");
            }
        };
        ConflictReport r = StoryConflictDetector.withRules(CONFIG, TestViews.views(), List.of(broken, new FirstQuotesRule()))
                .detect(twoReports());
        assertEquals(1, r.conflicts().size());
    }

    @Test
    void toleratesEmptyInputAndBrokenAnnotations() {
        assertTrue(TestViews.detector().detect(List.of()).conflicts().isEmpty());
        DocumentRecord broken = new DocumentRecord("x", null, List.of(new AnnotationRecord(
                "quote", 5, 90, "out of range", Map.of("speaker", "Nobody"))), List.of());
        List<DocumentRecord> docs = new ArrayList<>(twoReports());
        docs.add(broken);
        ConflictReport r = TestViews.detector().detect(docs);
        assertEquals(2, r.stories().size());
    }

    @Test
    void reportsNothingWithoutRules() {
        ConflictReport r = StoryConflictDetector.withRules(CONFIG, TestViews.views(), List.of()).detect(twoReports());
        assertTrue(r.conflicts().isEmpty());
        assertEquals(1, r.stories().size());
    }

    @Test
    void tellsHowFarItHasGot() {
        List<DocumentRecord> docs = new ArrayList<>(twoReports());
        docs.add(new DocumentRecord("other", "A ferry ran aground off the coast on Sunday.", List.of(), List.of()));
        List<String> updates = new ArrayList<>();
        TestViews.detector().detect(docs, (phase, done, total) -> updates.add(phase + " " + done + "/" + total));
        assertEquals("grouping 0/3", updates.get(0));
        assertEquals("grouping 3/3", updates.get(1));
        assertEquals("comparing 2/2", updates.get(updates.size() - 1));
        assertTrue(updates.contains("comparing 0/2"), updates.toString());
    }
}
