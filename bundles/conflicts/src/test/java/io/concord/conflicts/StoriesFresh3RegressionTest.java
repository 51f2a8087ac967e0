package io.concord.conflicts;

import java.util.Map;

/**
 * Conflicts on a third fresh collection of thirteen invented stories (src/test/resources/stories-fresh3: 31 reports,
 * one wire story in five syndicated versions; changed figures, roles, dates, quotes and attributions, 217 consistent
 * groups, one story that agrees on everything), with the annotations {@code concord annotate} produced for them,
 * scored against stories-fresh3/conflicts.gold.json over all kinds and per kind. A regression floor.
 */
class StoriesFresh3RegressionTest extends StoryCollectionFloors {
    // First measured (stories-fresh3/README.md, gold's optional headline pairs corrected): R 0.667 (44/66), P 0.917,
    // none of 217 consistent groups flagged; roles 8/15, figures 14/23.
    // P 1.000 once a percentage that says what it measures and one of the same value that does not were two
    // statements; R 0.742 (49/66) once an assistant was a rank of its own and "head coach" the coach (roles 13/15);
    // R 0.758 (50/66) once a name given as the measured thing vetoed no pairing and the same uncommon number in
    // another unit was paired below the context bar (figures 15/23); R 0.773 (51/66) once a count under a noun and
    // one under its broader kind (houses, homes) were one quantity (figures 16/23); roles 14/15 once a title before
    // the comma was read past a form of address ("chief scientific officer, Dr. X"); R 0.833 (55/66) once a
    // headline's figure gave its claim to the story's sentence that repeats it (54/66 from the stored annotations
    // this test reads, 55/66 through the distribution); R 0.894 (59/66) with the votes rule (5-2 vs 4-3).
    static final double RECALL_FLOOR = 0.87;
    static final double PRECISION_FLOOR = 0.98;
    static final int FLAGGED_CONSISTENT_CEILING = 0;
    static final Map<String, Integer> FOUND_FLOOR = Map.of("figure", 21, "date", 8, "quote", 8, "attribution", 6,
            "role", 14);

    StoriesFresh3RegressionTest() {
        super("stories-fresh3", RECALL_FLOOR, PRECISION_FLOOR, FLAGGED_CONSISTENT_CEILING, FOUND_FLOOR);
    }
}
