package io.concord.conflicts.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import io.concord.api.model.Claim;

/** Version labels for groups of claims that agree within and disagree between groups. */
public final class Versions {
    private Versions() {}

    /**
     * Claims of all groups, labelled A, B, C... in order of how many documents a group holds (ties: the
     * order given), so A is the version most reports carry.
     */
    public static List<Claim> label(List<List<Claim>> groups) {
        List<List<Claim>> sorted = sorted(groups);
        List<Claim> out = new ArrayList<>();
        for (int g = 0; g < sorted.size(); g++) {
            String v = letter(g);
            for (Claim c : sorted.get(g)) {
                out.add(new Claim(c.document(), c.begin(), c.end(), c.text(), v));
            }
        }
        return out;
    }

    /** A cluster of comparable statements split into versions, and the neutral ones that agree with all. */
    public record Partition<T>(List<List<T>> versions, List<T> neutral) {}

    /**
     * Splits statements into versions. A statement that agrees with every other one defines no version
     * (it is neutral: a vague "about 6,000" next to "5,900" and "6,100"); every other statement joins the
     * first version all of whose members agree with it, or starts a new one. Statements are taken in the
     * given order, so callers put the most specific first.
     *
     * @param agree {@code agree.test(a, b)}: a is compatible with b
     */
    public static <T> Partition<T> partition(List<T> ordered, BiPredicate<T, T> agree) {
        return partition(ordered, agree, Same::new);
    }

    /**
     * As {@link #partition(List, BiPredicate)}, testing each two kinds of statement once: {@code alike} gives
     * what {@code agree} reads of a statement, so that statements with equal keys agree alike (a thousand copies
     * of one quote are tested as one, not a million times).
     */
    public static <T> Partition<T> partition(List<T> ordered, BiPredicate<T, T> agree, Function<T, ?> alike) {
        Map<Object, Integer> kinds = new HashMap<>();
        List<T> examples = new ArrayList<>();
        int[] kindOf = new int[ordered.size()];
        List<Integer> copies = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            T it = ordered.get(i);
            kindOf[i] = kinds.computeIfAbsent(alike.apply(it), k -> {
                examples.add(it);
                copies.add(0);
                return examples.size() - 1;
            });
            copies.set(kindOf[i], copies.get(kindOf[i]) + 1);
        }
        Map<Long, Boolean> tested = new HashMap<>();
        BiPredicate<Integer, Integer> agrees = (a, b) -> tested.computeIfAbsent((long) a * examples.size() + b,
                k -> agree.test(examples.get(a), examples.get(b)));
        List<List<T>> versions = new ArrayList<>();
        List<Set<Integer>> versionKinds = new ArrayList<>();
        List<T> neutral = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            int kind = kindOf[i];
            boolean withAll = true;
            for (int other = 0; other < examples.size() && withAll; other++) {
                // a statement is no other of itself; a copy of it is
                withAll = other == kind && copies.get(kind) == 1 || agrees.test(kind, other);
            }
            if (withAll) {
                neutral.add(ordered.get(i));
                continue;
            }
            int home = -1;
            for (int v = 0; v < versions.size() && home < 0; v++) {
                if (versionKinds.get(v).stream().allMatch(o -> agrees.test(o, kind))) {
                    home = v;
                }
            }
            if (home < 0) {
                versions.add(new ArrayList<>());
                versionKinds.add(new LinkedHashSet<>());
                home = versions.size() - 1;
            }
            versions.get(home).add(ordered.get(i));
            versionKinds.get(home).add(kind);
        }
        return new Partition<>(versions, neutral);
    }

    /** A statement as a key of its own: told apart from every other, however equal. */
    private record Same(Object statement) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.statement == statement;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(statement);
        }
    }

    public static List<List<Claim>> sorted(List<List<Claim>> groups) {
        List<List<Claim>> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparingLong((List<Claim> g) -> g.stream().map(Claim::document).distinct().count())
                .reversed());
        return sorted;
    }

    public static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "V" + (index + 1);
    }

    /** "1 report" or "3 reports": how many documents carry a version, for summaries. */
    public static String reports(List<Claim> group) {
        long n = group.stream().map(Claim::document).distinct().count();
        return n == 1 ? "1 report" : n + " reports";
    }
}
