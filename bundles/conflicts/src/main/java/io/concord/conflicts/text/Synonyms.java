package io.concord.conflicts.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of words and phrases that reports use for one another (synonyms.txt, loaded once). A text
 * becomes a list of {@link Concept}s: single words, or a phrase of the list taken as one unit.
 */
public final class Synonyms {
    private static final Synonyms DEFAULT = load("synonyms.txt");

    /** Stem of a single word -> group ids. */
    private final Map<String, int[]> wordGroups = new HashMap<>();
    /** First stem of a phrase -> phrases (stem sequences with their group ids), longest first. */
    private final Map<String, List<Phrase>> phrases = new HashMap<>();

    private record Phrase(String[] keys, int group) {}

    /** A word or a known phrase; {@code groups} are the synonym groups it belongs to (may be empty). */
    public record Concept(int firstToken, int lastToken, String key, int[] groups, boolean stop) {
        public boolean matches(Concept other) {
            if (key.equals(other.key)) {
                return true;
            }
            for (int g : groups) {
                for (int h : other.groups) {
                    if (g == h) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A group id if the concept has one, else its stem: one string per meaning, for bags of words. */
        public String meaning() {
            return groups.length > 0 ? "#" + groups[0] : key;
        }
    }

    public static Synonyms standard() {
        return DEFAULT;
    }

    static Synonyms load(String resource) {
        try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Synonyms s = new Synonyms();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int group = 0;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                for (String entry : line.split(",")) {
                    s.add(entry.strip(), group);
                }
                group++;
            }
            for (List<Phrase> list : s.phrases.values()) {
                list.sort((a, b) -> b.keys.length - a.keys.length);
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String entry, int group) {
        List<Token> tokens = Tokens.of(entry);
        if (tokens.isEmpty()) {
            return;
        }
        if (tokens.size() == 1) {
            wordGroups.merge(tokens.get(0).key(), new int[] {group}, Synonyms::union);
            return;
        }
        String[] keys = tokens.stream().map(Token::key).toArray(String[]::new);
        phrases.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Phrase(keys, group));
    }

    private static int[] union(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return Arrays.stream(out).distinct().toArray();
    }

    public int[] groups(String key) {
        return wordGroups.getOrDefault(key, new int[0]);
    }

    /** The concepts of a token sequence, phrases of the list joined into one concept (longest match). */
    public List<Concept> concepts(List<Token> tokens) {
        List<Concept> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Phrase hit = null;
            List<Phrase> candidates = phrases.get(tokens.get(i).key());
            if (candidates != null) {
                for (Phrase p : candidates) {
                    if (matchesAt(tokens, i, p.keys)) {
                        hit = p;
                        break;
                    }
                }
            }
            if (hit != null) {
                int last = i + hit.keys.length - 1;
                out.add(new Concept(i, last, String.join(" ", hit.keys), new int[] {hit.group}, false));
                i = last + 1;
            } else {
                Token t = tokens.get(i);
                out.add(new Concept(i, i, t.key(), groups(t.key()), t.stop()));
                i++;
            }
        }
        return out;
    }

    private static boolean matchesAt(List<Token> tokens, int i, String[] keys) {
        if (i + keys.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < keys.length; k++) {
            if (!tokens.get(i + k).key().equals(keys[k])) {
                return false;
            }
        }
        return true;
    }
}
