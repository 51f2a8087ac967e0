package io.concord.conflicts.text;

import java.util.HashMap;
import java.util.Map;

import io.concord.language.Countries;

/**
 * Words that name a place without being annotated as one: nationality adjectives ({@code Ukrainian})
 * and one-word country names. They give the same context feature as a place annotation would.
 */
public final class Places {
    private static final Map<String, String> FEATURES = load();

    private Places() {}

    /** The place feature ({@code l:ukraine}) of a normalized word, or null. */
    public static String feature(String norm) {
        return FEATURES.get(norm);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (Countries.Country c : Countries.all()) {
            String feature = DocumentView.PLACE + String.join(" ", Names.words(c.name()));
            for (String demonym : c.demonyms()) {
                out.putIfAbsent(Tokens.normalize(demonym), feature);
            }
            if (!c.name().contains(" ")) {
                out.putIfAbsent(Tokens.normalize(c.name()), feature);
            }
        }
        return out;
    }
}
