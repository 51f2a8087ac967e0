package io.concord.conflicts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PairKeyTest {
    @Test
    void isEqualForTheSamePairOnly() {
        assertEquals(new PairKey(3, 9), new PairKey(3, 9));
        assertEquals(new PairKey(3, 9).hashCode(), new PairKey(3, 9).hashCode());
        assertNotEquals(new PairKey(3, 9), new PairKey(9, 3));
    }

    @Test
    void spreadsThePairsThatAPackedLongPilesIntoOneBucket() {
        // every pair (i, j) with i ^ j == 5 has the same Long.hashCode once packed
        Set<Integer> packed = new HashSet<>();
        Set<Integer> keyed = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            packed.add(Long.hashCode(((long) i << 32) | (i ^ 5)));
            keyed.add(new PairKey(i, i ^ 5).hashCode());
        }
        assertEquals(1, packed.size());
        assertTrue(keyed.size() > 990, keyed.size() + " distinct hashes of 1000");
    }
}
