package io.concord.conflicts.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.api.model.PersonIdentity;

/** One person while a collection's names are resolved: the first words and forms seen for it, its mentions. */
final class Person {
    private final Set<String> firstWords = new LinkedHashSet<>();
    /** Each form as written: its number of words (honorifics not counted), how often it was used, its initials. */
    private final Map<String, int[]> forms = new LinkedHashMap<>();
    private final List<PersonIdentity.Mention> mentions = new ArrayList<>();

    boolean hasFirstWord(String word) {
        return firstWords.contains(word);
    }

    boolean hasInitial(char initial) {
        return firstWords.stream().anyMatch(w -> w.charAt(0) == initial);
    }

    void addFirstWord(String word) {
        firstWords.add(word);
    }

    /** A mention written as {@code form}, whose name words are {@code words} (honorifics dropped). */
    void add(String form, List<String> words, PersonIdentity.Mention mention) {
        int initials = (int) words.stream().filter(w -> w.length() == 1).count();
        forms.computeIfAbsent(form, k -> new int[] {words.size(), 0, initials})[1]++;
        mentions.add(mention);
    }

    /** The identity under the fullest form: most words, then fewest initials, then most used, then first seen. */
    PersonIdentity identity(String id) {
        String canonical = null;
        int[] best = null;
        for (Map.Entry<String, int[]> e : forms.entrySet()) {
            int[] f = e.getValue();
            if (best == null || Arrays.compare(new int[] {f[0], -f[2], f[1]}, new int[] {best[0], -best[2], best[1]}) > 0) {
                canonical = e.getKey();
                best = f;
            }
        }
        List<String> names = new ArrayList<>();
        names.add(canonical);
        for (String form : forms.keySet()) {
            if (!form.equals(canonical)) {
                names.add(form);
            }
        }
        return new PersonIdentity(id, canonical, names, mentions);
    }
}
