package io.concord.conflicts.text;

/**
 * A light English suffix stripper: enough to let {@code needed/needs/need} and {@code prepared/prepare}
 * meet, without the reach (and surprises) of a full Porter stemmer. Input is already lower case.
 */
public final class Stemmer {
    private Stemmer() {}

    public static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() >= 6 && hasVowel(s, s.length() - 3)) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.endsWith("ed") && s.length() >= 5 && hasVowel(s, s.length() - 2)) {
            s = undouble(s.substring(0, s.length() - 2));
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("y") && s.length() > 3) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        return s;
    }

    private static boolean hasVowel(String s, int end) {
        for (int i = 0; i < end; i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
