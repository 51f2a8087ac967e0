package io.concord.conflicts.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

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
        List<List<T>> versions = new ArrayList<>();
        List<T> neutral = new ArrayList<>();
        for (T it : ordered) {
            if (ordered.stream().allMatch(o -> o == it || agree.test(it, o))) {
                neutral.add(it);
                continue;
            }
            List<T> home = null;
            for (List<T> v : versions) {
                if (v.stream().allMatch(o -> agree.test(o, it))) {
                    home = v;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                versions.add(home);
            }
            home.add(it);
        }
        return new Partition<>(versions, neutral);
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
