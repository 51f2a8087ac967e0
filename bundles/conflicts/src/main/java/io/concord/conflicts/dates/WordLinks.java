package io.concord.conflicts.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.concord.conflicts.text.Linker;

/**
 * The links two dates' words made (their contexts alike), kept by date so that a link by position can give way: a
 * lead that another report's lead only stands beside ("docked on Tuesday" / "on Wednesday let passengers leave")
 * is not that report's date of the event when its words name another of that report's dates more closely, told
 * further on ("arrived on May 14").
 */
final class WordLinks {
    private final List<DateRule.Item> items;
    private final Map<Integer, List<Linker.Link>> byDate = new HashMap<>();

    WordLinks(List<DateRule.Item> items) {
        this.items = items;
    }

    void add(Linker.Link link) {
        byDate.computeIfAbsent(link.a(), k -> new ArrayList<>()).add(link);
        byDate.computeIfAbsent(link.b(), k -> new ArrayList<>()).add(link);
    }

    /**
     * Whether date {@code i}'s words link it more closely than {@code score} to a date of {@code j}'s report outside
     * {@code j}'s sentence. Within that sentence the position still tells: a lead with a date in a relative clause
     * (", which began on Thursday,") dates its event by its main clause's.
     */
    boolean closerElsewhere(int i, int j, double score) {
        DateRule.Item partner = items.get(j);
        for (Linker.Link l : byDate.getOrDefault(i, List.of())) {
            DateRule.Item other = items.get(l.a() == i ? l.b() : l.a());
            if (other.doc() == partner.doc() && other.sentence()[0] != partner.sentence()[0] && l.score() > score) {
                return true;
            }
        }
        return false;
    }
}
