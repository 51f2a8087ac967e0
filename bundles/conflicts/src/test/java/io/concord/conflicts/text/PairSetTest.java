package io.concord.conflicts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PairSetTest {
    @Test
    void holdsEachPairOnceAndTellsOrderApart() {
        PairSet pairs = new PairSet();
        assertTrue(pairs.add(3, 9));
        assertFalse(pairs.add(3, 9));
        assertTrue(pairs.add(9, 3));
        assertTrue(pairs.add(0, 0));
        assertTrue(pairs.contains(3, 9) && pairs.contains(9, 3) && pairs.contains(0, 0));
        assertFalse(pairs.contains(3, 8));
        assertEquals(3, pairs.size());
        assertThrows(IllegalArgumentException.class, () -> pairs.add(-1, 2));
    }

    @Test
    void agreesWithAHashSetOverManyPairsAsItGrows() {
        PairSet pairs = new PairSet();
        Set<Long> reference = new HashSet<>();
        Random random = new Random(7);
        for (int n = 0; n < 200_000; n++) {
            int a = random.nextInt(2_000);
            int b = random.nextInt(2_000);
            assertEquals(reference.add(((long) a << 32) | b), pairs.add(a, b));
        }
        assertEquals(reference.size(), pairs.size());
        for (int a = 0; a < 50; a++) {
            for (int b = 0; b < 50; b++) {
                assertEquals(reference.contains(((long) a << 32) | b), pairs.contains(a, b));
            }
        }
    }
}
