package io.concord.conflicts.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.conflicts.text.Linker;

/** Quotes that another report gives whole and a report gives in parts. */
final class QuoteParts {
    private QuoteParts() {}

    /**
     * A report may quote in two parts what another quotes whole, and the linker aligns each quote of a report
     * with one of another's: the second part is left out, and a part reworded (a "not" added) would go
     * unseen. Each quote left out of every cluster, by the same speaker as the quote it links best with, whose
     * cluster already holds a quote of its report, is compared with that cluster's quotes of the other reports.
     */
    static List<List<QuoteRule.Item>> leftOut(List<QuoteRule.Item> items, List<List<Integer>> clusters,
                                              List<Linker.Link> links) {
        int[] clusterOf = new int[items.size()];
        Arrays.fill(clusterOf, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int i : clusters.get(c)) {
                clusterOf[i] = c;
            }
        }
        Map<Integer, Linker.Link> best = new LinkedHashMap<>();
        for (Linker.Link l : links) {
            for (int side = 0; side < 2; side++) {
                int alone = side == 0 ? l.a() : l.b();
                int partner = side == 0 ? l.b() : l.a();
                if (clusterOf[alone] >= 0 || clusterOf[partner] < 0
                        || QuoteRule.sameSpeaker(items.get(alone), items.get(partner)) != 1) {
                    continue;
                }
                Linker.Link known = best.get(alone);
                if (known == null || l.score() > known.score()) {
                    best.put(alone, l);
                }
            }
        }
        List<List<QuoteRule.Item>> out = new ArrayList<>();
        best.forEach((alone, l) -> {
            int partner = l.a() == alone ? l.b() : l.a();
            QuoteRule.Item part = items.get(alone);
            List<QuoteRule.Item> others = clusters.get(clusterOf[partner]).stream().map(items::get).toList();
            if (others.stream().anyMatch(o -> o.doc() == part.doc())) {
                List<QuoteRule.Item> parted = new ArrayList<>(others.stream().filter(o -> o.doc() != part.doc()).toList());
                parted.add(part);
                out.add(parted);
            }
        });
        return out;
    }
}
