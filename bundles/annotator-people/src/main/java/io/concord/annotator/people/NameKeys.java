package io.concord.annotator.people;

import java.util.regex.Pattern;

import io.concord.language.TextKeys;

/**
 * How names are compared and written: the comparison key of a name word, one spelling for {@code -sky}
 * transliteration variants, runs of spaces collapsed. Shared by propagation and mention building.
 */
final class NameKeys {

    private static final Pattern SKY_VARIANTS = Pattern.compile("(?i)(sk)(yy|yi|iy|ii)$");

    private NameKeys() {}

    /** An Arabic article written before a surname: {@code al-Dulaimi} is {@code Dulaimi} when used alone. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(al|el|ad|as|ash|at|az|an|ar)[-‑](?=\\p{L}{3,})");

    /**
     * Comparison key of a name word: case, accents, -sky transliteration variants and an Arabic article
     * before it ignored.
     */
    static String key(String word) {
        String k = SKY_VARIANTS.matcher(TextKeys.key(word)).replaceFirst("$1y");
        return ARABIC_ARTICLE.matcher(k).replaceFirst("");
    }

    /**
     * One spelling for transliteration variants of Slavic {@code -sky} surnames ({@code Zelenskyy},
     * {@code Zelenskiy} -> {@code Zelensky}), the form most English-language news uses.
     */
    static String unifySpelling(String canonical) {
        int space = canonical.lastIndexOf(' ');
        String last = canonical.substring(space + 1);
        String unified = SKY_VARIANTS.matcher(last).replaceFirst("$1y");
        return canonical.substring(0, space + 1) + unified;
    }

    /** A nickname quoted inside a name ({@code Teodulo “Jun-Jun” Lagdameo}), with the spaces around it. */
    private static final Pattern QUOTED_NICKNAME = Pattern.compile("\\s+[“\"‘'][^“”\"‘’']+[”\"’']\\s+");

    /** A name without a nickname quoted inside it: the canonical name is the person's own. */
    static String withoutNickname(String name) {
        return name.indexOf('“') < 0 && name.indexOf('"') < 0 && name.indexOf('‘') < 0 && name.indexOf('\'') < 0 ? name
                : QUOTED_NICKNAME.matcher(name).replaceAll(" ");
    }

    /** A name as written with runs of spaces collapsed to one. */
    static String spaced(String s) {
        return s.indexOf("  ") < 0 ? s : s.replaceAll(" +", " ");
    }
}
