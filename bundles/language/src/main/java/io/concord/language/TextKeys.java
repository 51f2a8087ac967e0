package io.concord.language;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys of words and names: the one place where accents, letters without a decomposition and
 * apostrophes are folded, so that {@code Zürich}, {@code Zurich} and {@code ZURICH} meet in every bundle.
 */
public final class TextKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextKeys() {}

    /**
     * Accents and other combining marks removed ({@code é} -> {@code e}), letters that do not decompose
     * spelled in Latin ({@code ø} -> {@code o}, {@code ß} -> {@code ss}, {@code ł} -> {@code l}); case kept.
     */
    public static String fold(String s) {
        if (isAscii(s)) {
            return s;
        }
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        if (isAscii(d)) {
            return d;
        }
        return d.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("Æ", "AE");
    }

    /** {@link #fold}, lower case, and curly apostrophes as straight ones: the key for comparing words. */
    public static String key(String s) {
        return straightApostrophes(fold(s).toLowerCase(Locale.ROOT));
    }

    /** Curly single quotes and apostrophes ({@code ’ ‘}) as {@code '}; the length stays the same. */
    public static String straightApostrophes(String s) {
        return s.indexOf('’') < 0 && s.indexOf('‘') < 0 ? s : s.replace('’', '\'').replace('‘', '\'');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
