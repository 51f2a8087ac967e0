package io.concord.conflicts.votes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;

class VoteRuleTest {
    private final VoteRule rule = new VoteRule(TestViews.views());

    @Test
    void aCommitteesSplitToldDifferentlyIsAConflictAndInWordsTheSame() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The rate-setting committee voted 6-3 to cut the rate, the central bank said.").build(),
                TestDocs.doc("b", "The committee voted six to three for the cut, the bank said on Thursday.").build(),
                TestDocs.doc("c", "The central bank's committee voted 5-4 to cut the rate, minutes showed.").build()));

        List<Conflict> out = rule.apply(story);

        assertEquals(1, out.size(), out.toString());
        Conflict c = out.get(0);
        assertEquals("figure", c.kind());
        assertTrue(!c.consistent() && c.summary().equals("Vote splits differ: “6-3” (2 reports) vs “5-4” (1 report)"),
                c.summary());
        assertEquals(List.of("a 6-3 A", "b six to three A", "c 5-4 B"),
                c.claims().stream().map(x -> x.document() + " " + x.text() + " " + x.version()).sorted().toList());
    }

    @Test
    void theSameSplitInWordsAndDigitsIsConsistent() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The tribunal voted five to two in favour of the deal, its president said.").build(),
                TestDocs.doc("b", "The vote in the seven-member tribunal was 5-2, approving the deal.").build()));

        List<Conflict> out = rule.apply(story);

        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).consistent(), out.toString());
    }

    @Test
    void aBillPassedBySoManyIsAVoteThoughTheVotingWordIsInAnotherSentence() {
        // the lead says the lawmakers voted; the tally follows a paragraph later, after "passed"
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The lower house of Parliament approved a new water law on Tuesday, voting 97 to 71 "
                        + "for a bill that caps what utilities may charge.").build(),
                TestDocs.doc("b", "Lawmakers voted on Tuesday to cap water charges.\n\nThe bill passed the lower house of "
                        + "Parliament 91-77 after a heated debate.").build()));

        List<Conflict> out = rule.apply(story);

        assertEquals(1, out.size(), out.toString());
        assertEquals(List.of("a 97 to 71", "b 91-77"),
                out.get(0).claims().stream().map(x -> x.document() + " " + x.text()).sorted().toList());
    }

    @Test
    void scoresAndReportsWithoutAVoteAreLeftAlone() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The home side won 3-1 after the council voted to rebuild the stadium.").build(),
                TestDocs.doc("b", "The home side won 2-1 days after the council voted to rebuild the stadium.").build()));

        assertEquals(List.of(), rule.apply(story).stream().filter(c -> !c.consistent()).toList());
    }
}
