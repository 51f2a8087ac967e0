package io.concord.annotator.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fullest name per surname; variants one edit apart are found through a bucket of the first letters. */
final class SurnameIndex {
    private final Map<String, String> bySurname = new HashMap<>();
    private final Map<String, List<String>> buckets = new HashMap<>();
    private final Map<String, String> resolved = new HashMap<>();

    void add(String name) {
        String key = Names.surname(name);
        String before = bySurname.put(key, name);
        if (before != null) {
            bySurname.put(key, Names.fuller(before, name));
        } else if (key.length() >= 6) {
            buckets.computeIfAbsent(key.substring(0, 4), k -> new ArrayList<>()).add(key);
        }
    }

    String fullest(String key) {
        if (resolved.containsKey(key)) {
            return resolved.get(key);
        }
        String best = bySurname.get(key);
        if (key.length() >= 6) {
            for (String other : buckets.getOrDefault(key.substring(0, 4), List.of())) {
                if (!other.equals(key) && Names.sameSurname(other, key)) {
                    best = best == null ? bySurname.get(other) : Names.fuller(best, bySurname.get(other));
                }
            }
        }
        resolved.put(key, best);
        return best;
    }
}
