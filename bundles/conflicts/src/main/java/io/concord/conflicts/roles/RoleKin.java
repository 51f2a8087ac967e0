package io.concord.conflicts.roles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.conflicts.text.Stemmer;
import io.concord.conflicts.text.StopWords;
import io.concord.conflicts.text.Tokens;

/**
 * A title that names a person by kinship to someone ({@code the painter's great-grandson}, {@code grandson of the
 * painter}): the one it names the person by and the generations between them. One person is one generation from a
 * given forebear, so two reports that tie the person to the same one at other generations disagree (a grandson is
 * not a great-grandson); other relatives ({@code the mayor's son}) or a relative named by a pronoun ({@code his
 * son}) are not compared.
 */
final class RoleKin {
    /** The person's kin as the stems of the words naming them, and the generations down (+) or up (-) from them. */
    record Kin(Set<String> anchor, int generation) {}

    /** Nouns of kinship and their generation from the one they are kin of; "great" before one adds a generation. */
    private static final Map<String, Integer> NOUNS = Map.ofEntries(
            Map.entry("son", 1), Map.entry("daughter", 1), Map.entry("child", 1),
            Map.entry("grandson", 2), Map.entry("granddaughter", 2), Map.entry("grandchild", 2),
            Map.entry("father", -1), Map.entry("mother", -1), Map.entry("parent", -1),
            Map.entry("grandfather", -2), Map.entry("grandmother", -2), Map.entry("grandparent", -2));
    private static final Set<String> LINKS = Set.of("of", "to");

    private RoleKin() {}

    /** Whether a normalized word is a noun of kinship. */
    static boolean isKin(String norm) {
        return NOUNS.containsKey(norm);
    }

    /** The kinship {@code title} names, or null when it names none or no one it is kin of. */
    static Kin of(RoleTitle title) {
        List<String> words = Tokens.words(title.written());
        for (int k = 0; k < words.size(); k++) {
            Integer generation = NOUNS.get(words.get(k));
            if (generation == null) {
                continue;
            }
            int from = k;
            while (from > 0 && words.get(from - 1).equals("great")) {
                from--;
            }
            // a great-grandson is one generation further down, a great-grandfather one further up
            int g = generation + Integer.signum(generation) * (k - from);
            // "the painter's grandson" names the painter before it, "grandson of the painter" after it
            Set<String> anchor = k + 1 < words.size() && LINKS.contains(words.get(k + 1))
                    ? stems(words.subList(k + 2, words.size())) : stems(words.subList(0, from));
            return anchor.isEmpty() ? null : new Kin(anchor, g);
        }
        return null;
    }

    /** Whether two kinships can be one person's: kin of other people, or of one at the same generation. */
    static boolean compatible(Kin a, Kin b) {
        return !a.anchor().equals(b.anchor()) || a.generation() == b.generation();
    }

    private static Set<String> stems(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (!StopWords.contains(w) && !w.equals("great")) {
                out.add(Stemmer.stem(w));
            }
        }
        return out;
    }
}
