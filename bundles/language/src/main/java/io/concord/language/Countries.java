package io.concord.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Countries with their demonyms ({@code Ukraine}: {@code Ukrainian}) and other names ({@code UK}), and a few
 * places that are not countries but have demonyms of their own ({@code Scotland}: {@code Scottish}). One
 * list for the quote rules (a country that speaks stands for its government) and the conflict rules
 * ({@code Ukrainian land} and {@code of Ukraine} name one place).
 */
public final class Countries {
    /**
     * @param name      the common English name
     * @param demonyms  adjectives and nouns of nationality, the usual one first
     * @param aliases   other names ({@code UK}, {@code Britain})
     * @param sovereign false for nations of a country and continents, which do not speak as a government
     */
    public record Country(String name, List<String> demonyms, List<String> aliases, boolean sovereign) {}

    private static final List<Country> ALL = load();
    private static final Set<String> DEMONYMS = demonyms(ALL);

    private Countries() {}

    /** Every entry, in the list's order. */
    public static List<Country> all() {
        return ALL;
    }

    /** Whether {@code word}, as written, is a demonym of an entry ({@code Greek}, {@code Nigerians}). */
    public static boolean isDemonym(String word) {
        return DEMONYMS.contains(word);
    }

    private static Set<String> demonyms(List<Country> countries) {
        Set<String> out = new HashSet<>();
        countries.forEach(c -> out.addAll(c.demonyms()));
        return Set.copyOf(out);
    }

    private static List<Country> load() {
        List<Country> out = new ArrayList<>();
        for (String line : WordList.lines("countries.txt")) {
            String[] f = line.split("\\|", -1);
            out.add(new Country(f[0].strip(), split(f.length > 1 ? f[1] : ""), split(f.length > 2 ? f[2] : ""),
                    f.length < 4 || f[3].isBlank()));
        }
        return List.copyOf(out);
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }
}
