package io.concord.conflicts.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

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
        try (InputStream in = Places.class.getResourceAsStream("demonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource demonyms.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                int eq = line.indexOf('=');
                if (line.isEmpty() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                String place = line.substring(eq + 1).strip();
                String feature = DocumentView.PLACE + String.join(" ", Names.words(place));
                out.put(Tokens.normalize(line.substring(0, eq).strip()), feature);
                if (!place.contains(" ")) {
                    out.put(Tokens.normalize(place), feature);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
