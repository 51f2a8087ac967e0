package io.concord.annotator.figures.recognition;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English names of the world's currencies as the JDK knows them (ISO 4217 with CLDR's names), as written
 * after a number: the full name ({@code 2 billion ghanaian cedis}) and, where only one current currency has it,
 * the name's last word alone ({@code 30 trillion dong}). Names shared by several currencies (dollar, peso,
 * franc, dinar) stay with the hand-kept forms of {@link UnitLexicon}, which choose the one news means.
 */
final class CurrencyNames {
    /** Last words that are ordinary English words or nationality words more often than currencies. */
    private static final Set<String> NOT_ALONE = Set.of(
            "real", "mark", "sol", "won", "som", "afghani", "dollar", "pound", "franc", "unit", "gold", "silver");

    /**
     * Codes that are also English words or common abbreviations in capitals ("ALL", "TOP", "PEN", "AMD" the chip
     * maker, "STD", "CVE" the vulnerability ids): written before a number they are seldom the currency.
     */
    private static final Set<String> WORDLIKE_CODES = Set.of("ALL", "TOP", "CUP", "MOP", "BOB", "GEL", "PEN", "MAD",
            "SOS", "BAM", "AMD", "STD", "CVE", "CRC", "SHP", "SCR", "NAD", "MDL", "GIP", "LAK");

    private CurrencyNames() {}

    /** The ISO 4217 codes of the current currencies a text writes, as the JDK knows them, but word-like ones. */
    static Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String name = c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (isCurrencyName(c, name) && !WORDLIKE_CODES.contains(c.getCurrencyCode())) {
                codes.add(c.getCurrencyCode());
            }
        }
        return Set.copyOf(codes);
    }

    /** Lower-case written forms (singular and plural) and the ISO 4217 code each stands for. */
    static Map<String, String> forms() {
        Map<String, String> forms = new HashMap<>();
        Map<String, Integer> lastWordUse = new HashMap<>();
        Map<String, String> lastWordCode = new HashMap<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String name = c.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!isCurrencyName(c, name)) {
                continue;
            }
            String code = c.getCurrencyCode();
            forms.put(name, code);
            forms.put(plural(name), code);
            String last = name.substring(name.lastIndexOf(' ') + 1);
            lastWordUse.merge(last, 1, Integer::sum);
            lastWordCode.put(last, code);
        }
        lastWordUse.forEach((last, uses) -> {
            if (uses == 1 && last.length() >= 3 && !NOT_ALONE.contains(last)) {
                forms.putIfAbsent(last, lastWordCode.get(last));
                forms.putIfAbsent(plural(last), lastWordCode.get(last));
            }
        });
        return forms;
    }

    /**
     * A name a text would write: not a withdrawn currency that the JDK dates in brackets, not a fund, metal or
     * accounting unit (the X codes other than the CFA francs), not a bare code.
     */
    private static boolean isCurrencyName(Currency c, String name) {
        String code = c.getCurrencyCode();
        if (name.indexOf('(') >= 0 || name.equalsIgnoreCase(code) || !name.chars().allMatch(
                ch -> Character.isLetter(ch) || ch == ' ' || ch == '-' || ch == '\'')) {
            return false;
        }
        return !code.startsWith("X") || code.equals("XOF") || code.equals("XAF");
    }

    /** English plural of a currency name's last word: cedi -> cedis; names ending in s stay as they are. */
    private static String plural(String name) {
        return name.endsWith("s") ? name : name + "s";
    }
}
