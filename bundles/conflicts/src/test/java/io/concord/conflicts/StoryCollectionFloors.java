package io.concord.conflicts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The floors a conflict set's scores must stay at or above (recall, precision, found per kind) and the most
 * consistent groups it may flag: each set's regression test names its set and its floors, with their history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoryCollectionFloors {
    private final String set;
    private final double recallFloor;
    private final double precisionFloor;
    private final int flaggedConsistentCeiling;
    private final Map<String, Integer> foundFloor;
    private StoryCollection scores;

    StoryCollectionFloors(String set, double recallFloor, double precisionFloor, int flaggedConsistentCeiling,
                          Map<String, Integer> foundFloor) {
        this.set = set;
        this.recallFloor = recallFloor;
        this.precisionFloor = precisionFloor;
        this.flaggedConsistentCeiling = flaggedConsistentCeiling;
        this.foundFloor = foundFloor;
    }

    @BeforeAll
    void detect() throws Exception {
        scores = StoryCollection.detectAndScore(set);
    }

    @Test
    void recallStaysAtLeastTheFloor() {
        assertTrue(scores.all.recall() >= recallFloor, scores.all.toString());
    }

    @Test
    void precisionStaysAtLeastTheFloor() {
        assertTrue(scores.all.precision() >= precisionFloor, scores.all.toString());
    }

    @Test
    void findsPerKindAtLeastTheFloor() {
        for (String kind : StoryCollection.KINDS) {
            assertTrue(scores.byKind.get(kind).found() >= foundFloor.get(kind), kind + " " + scores.byKind.get(kind));
        }
    }

    @Test
    void flagsNoMoreConsistentGroupsThanTheCeiling() {
        assertTrue(scores.all.flaggedConsistent().size() <= flaggedConsistentCeiling,
                scores.all.flaggedConsistent().toString());
    }
}
