package io.concord.conflicts.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.concord.language.Honorifics;

/**
 * Keys for names of people and bodies, tolerant of the variation between outlets: transliteration
 * ({@code Zelenskyy}, {@code Zelenskiy}, {@code Zelensky}), honorifics, and surname-only mentions.
 */
public final class Names {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private Names() {}

    /** The words of a name, normalized, without honorifics and generational suffixes. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        for (Token t : Tokens.of(name)) {
            if (!t.norm().equals("the") && !Honorifics.isKey(t.norm())) {
                out.add(fold(t.norm()));
            }
        }
        while (out.size() > 1 && SUFFIXES.contains(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Surname key: the last word, with transliteration variants folded. Null for an empty name. */
    public static String surname(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? null : w.get(w.size() - 1);
    }

    /** Folds transliteration variants: doubled letters, and {@code -iy/-yy/-ii} endings, to one form. */
    static String fold(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
                continue;
            }
            b.append(c);
        }
        String s = b.toString();
        if (s.length() > 4 && (s.endsWith("iy") || s.endsWith("yi") || s.endsWith("ij"))) {
            s = s.substring(0, s.length() - 2) + "y";
        } else if (s.length() > 4 && s.endsWith("i") && !s.endsWith("ei") && !s.endsWith("ai")) {
            s = s.substring(0, s.length() - 1) + "y";
        }
        return s;
    }

    /**
     * Whether two names can denote the same speaker: equal surnames (with compatible first names), or
     * one name's words all contained in the other's ({@code UK} and {@code UK government}).
     */
    public static boolean sameSpeaker(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        if (longer.containsAll(shorter)) {
            return true;
        }
        if (x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
            // same surname: first names must not contradict (initials and missing first names are fine)
            if (x.size() == 1 || y.size() == 1) {
                return true;
            }
            String fx = x.get(0);
            String fy = y.get(0);
            return fx.charAt(0) == fy.charAt(0);
        }
        return false;
    }
}
