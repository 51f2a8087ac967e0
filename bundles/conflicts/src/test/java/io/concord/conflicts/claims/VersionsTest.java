package io.concord.conflicts.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

class VersionsTest {
    /** A figure as a range, told by one report: equal ranges of two reports are two statements. */
    record Told(int report, int low, int high) {
        boolean agrees(Told o) {
            return low <= o.high && o.low <= high;
        }

        List<Integer> range() {
            return List.of(low, high);
        }
    }

    private static final BiPredicate<Told, Told> OVERLAP = Told::agrees;

    @Test
    void splitsDisagreeingFiguresAndLeavesAVagueOneNeutral() {
        List<Told> told = List.of(new Told(0, 5900, 5900), new Told(1, 6100, 6100), new Told(2, 5500, 6500));
        Versions.Partition<Told> p = Versions.partition(told, OVERLAP);
        assertEquals(List.of(List.of(told.get(0)), List.of(told.get(1))), p.versions());
        assertEquals(List.of(told.get(2)), p.neutral());
    }

    @Test
    void copiesTestedOnceGiveTheSameVersionsAsEveryPairTested() {
        List<Told> told = new ArrayList<>();
        for (int r = 0; r < 300; r++) {
            told.add(r % 3 == 0 ? new Told(r, 40, 40) : r % 3 == 1 ? new Told(r, 45, 45) : new Told(r, 30, 50));
        }
        AtomicInteger tests = new AtomicInteger();
        BiPredicate<Told, Told> counted = (a, b) -> {
            tests.incrementAndGet();
            return a.agrees(b);
        };
        Versions.Partition<Told> everyPair = Versions.partition(told, OVERLAP);
        Versions.Partition<Told> byKind = Versions.partition(told, counted, Told::range);
        assertEquals(everyPair, byKind);
        assertEquals(2, byKind.versions().size());
        assertEquals(100, byKind.neutral().size());
        assertTrue(tests.get() <= 9, "each two kinds once: " + tests.get());
    }

    @Test
    void aStatementToldOnceIsNoOtherOfItselfButACopyIs() {
        // a claim that disagrees with itself (an agree that is not reflexive) is neutral alone, not beside a copy
        BiPredicate<Told, Told> never = (a, b) -> false;
        List<Told> one = List.of(new Told(0, 1, 1));
        assertEquals(one, Versions.partition(one, never, Told::range).neutral());
        List<Told> two = List.of(new Told(0, 1, 1), new Told(1, 1, 1));
        assertEquals(Versions.partition(two, never), Versions.partition(two, never, Told::range));
    }
}
