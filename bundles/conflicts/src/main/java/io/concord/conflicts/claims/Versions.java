package io.concord.conflicts.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
