package io.concord.conflicts.dates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reports of a story whose dates that link by position (lead, starts, plans) are told alike, word for word: the
 * copies of a syndicated story. {@link EventLinks} compares each group once with each other group, and links the
 * copies within a group one to the next, instead of comparing every report with every other (half a million
 * pairs for a story picked up by a thousand outlets). The clusters the linker builds from that are the ones it
 * builds from every pair: copies link to one another at least as well as to anything else.
 */
final class AlikeReports {
    private AlikeReports() {}

    /**
     * Everything a link by position reads of a date: its sentence's words and where in them it stands (its
     * clause, its sense window, its description), its reading, its context and the names about it. Two dates
     * with equal keys link alike with any third.
     */
    record DateKey(String sentence, int begin, int end, int datelineEnd, Timex value, String bound, String phase,
                   boolean prospective, Map<String, Double> context, Set<String> places, Set<String> people,
                   Set<String> docPeople, Set<String> names) {
        static DateKey of(DateRule.Item it) {
            int from = it.sentence()[0];
            int[] dateline = it.view().dateline();
            int datelineEnd = dateline != null && dateline[1] > from && dateline[1] <= it.sentence()[1]
                    ? dateline[1] - from : -1;
            return new DateKey(it.view().text().substring(from, it.sentence()[1]), it.date().begin() - from,
                    it.date().end() - from, datelineEnd, it.value(), it.bound(), it.phase(), it.prospective(),
                    it.context().weights(), it.places(), it.people(), it.docPeople(), it.names());
        }
    }

    /** A report's dates that link by position, in a fixed order, and what their links read of the report. */
    record Positioned(int lead, Map<String, Set<String>> leadPlaces, Map<String, List<Integer>> starts,
                      Map<String, List<Integer>> plans, boolean onePlan) {
        /** The dates in a fixed order: the lead, then the starts and the plans, pool by pool. */
        List<Integer> dates() {
            List<Integer> out = new ArrayList<>();
            out.add(lead);
            new TreeMap<>(starts).values().forEach(out::addAll);
            new TreeMap<>(plans).values().forEach(out::addAll);
            return out;
        }

        private Object signature(List<DateRule.Item> items) {
            // a lead's link also reads the words of its report's headline (Headlines.shareAWord)
            return List.of(lead < 0 ? List.of() : List.of(DateKey.of(items.get(lead)), leadPlaces,
                    Headlines.words(items.get(lead).view())), keys(items, starts), keys(items, plans), onePlan);
        }

        private static Map<String, List<DateKey>> keys(List<DateRule.Item> items, Map<String, List<Integer>> pools) {
            Map<String, List<DateKey>> out = new TreeMap<>();
            pools.forEach((pool, members) -> out.put(pool, members.stream().map(i -> DateKey.of(items.get(i))).toList()));
            return out;
        }
    }

    /** The reports in groups told alike, each group in report order, the groups in the order of their first. */
    static List<List<Integer>> group(List<DateRule.Item> items, Positioned[] reports) {
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        for (int d = 0; d < reports.length; d++) {
            groups.computeIfAbsent(reports[d].signature(items), k -> new ArrayList<>()).add(d);
        }
        return new ArrayList<>(groups.values());
    }
}
