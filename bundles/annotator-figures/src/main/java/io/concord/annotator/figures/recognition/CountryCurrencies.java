package io.concord.annotator.figures.recognition;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Currency names that several countries share (crowns, kroner, pesos, kwacha, shillings, rupees): news writes
 * them bare once the story has said where it is, so the country the document names decides the code. A name
 * that is no unit of the lexicon ({@code crowns}, {@code kroner}, {@code kwacha}) joins the number only then.
 */
final class CountryCurrencies {
    /** Bare currency word -> (words that name the country, its code), and the code when no country is named. */
    private record Shared(Map<Pattern, String> countries, String fallback) {}

    private static final Map<String, Shared> SHARED = new LinkedHashMap<>();
    private static final Pattern WORD_AFTER = Pattern.compile(" (\\p{L}+)\\b");

    static {
        Map<Pattern, String> crowns = Map.of(
                country("Sweden|Swedish|Stockholm"), "SEK", country("Norway|Norwegian|Oslo"), "NOK",
                country("Denmark|Danish|Copenhagen"), "DKK", country("Czech|Czechia|Prague"), "CZK",
                country("Iceland|Icelandic|Reykjavik|Reykjavík"), "ISK");
        Map<Pattern, String> kroner = Map.of(
                country("Norway|Norwegian|Oslo"), "NOK", country("Denmark|Danish|Copenhagen"), "DKK");
        Map<Pattern, String> pesos = Map.of(
                country("Mexico|Mexican"), "MXN", country("Chile|Chilean|Santiago"), "CLP",
                country("Argentina|Argentine|Argentinian|Buenos Aires"), "ARS",
                country("Colombia|Colombian|Bogotá|Bogota"), "COP",
                country("Philippines|Philippine|Filipino|Manila"), "PHP",
                country("Uruguay|Uruguayan|Montevideo"), "UYU");
        Map<Pattern, String> kwacha = Map.of(
                country("Malawi|Malawian|Lilongwe|Blantyre"), "MWK", country("Zambia|Zambian|Lusaka"), "ZMW");
        Map<Pattern, String> shillings = Map.of(
                country("Kenya|Kenyan|Nairobi"), "KES", country("Uganda|Ugandan|Kampala"), "UGX",
                country("Tanzania|Tanzanian|Dodoma|Dar es Salaam"), "TZS", country("Somalia|Somali|Mogadishu"), "SOS");
        Map<Pattern, String> rupees = Map.of(
                country("India|Indian|Delhi|Mumbai"), "INR", country("Pakistan|Pakistani|Islamabad|Karachi"), "PKR",
                country("Sri Lanka|Sri Lankan|Colombo"), "LKR", country("Nepal|Nepali|Nepalese|Kathmandu"), "NPR");
        Map<Pattern, String> dinars = Map.of(
                country("Jordan|Jordanian|Amman"), "JOD", country("Iraq|Iraqi|Baghdad"), "IQD",
                country("Kuwait|Kuwaiti"), "KWD", country("Bahrain|Bahraini|Manama"), "BHD",
                country("Libya|Libyan|Tripoli"), "LYD", country("Tunisia|Tunisian|Tunis"), "TND",
                country("Algeria|Algerian|Algiers"), "DZD", country("Serbia|Serbian|Belgrade"), "RSD");
        // "kr" is how Nordic news abbreviates each of its crowns
        for (String w : new String[] {"crowns", "crown", "kr"}) {
            SHARED.put(w, new Shared(crowns, null));
        }
        for (String w : new String[] {"dinars", "dinar"}) {
            SHARED.put(w, new Shared(dinars, null));
        }
        for (String w : new String[] {"kroner", "krone"}) {
            SHARED.put(w, new Shared(kroner, null));
        }
        SHARED.put("kwacha", new Shared(kwacha, null));
        for (String w : new String[] {"pesos", "peso"}) {
            SHARED.put(w, new Shared(pesos, "MXN"));
        }
        for (String w : new String[] {"shillings", "shilling"}) {
            SHARED.put(w, new Shared(shillings, "KES"));
        }
        for (String w : new String[] {"rupees", "rupee"}) {
            SHARED.put(w, new Shared(rupees, "INR"));
        }
    }

    private CountryCurrencies() {}

    /** Whether {@code lower} is a currency name that several countries share ({@code kwacha}, {@code pesos}). */
    static boolean isSharedName(String lower) {
        return SHARED.containsKey(lower);
    }

    private static Pattern country(String names) {
        return Pattern.compile("\\b(?:" + names + ")\\b");
    }

    static void apply(String text, List<FigureMatch> out) {
        // which country the document names is asked once per currency name, not once per figure: each
        // answer scans the whole text
        Map<Shared, Optional<String>> named = new IdentityHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            FigureMatch m = out.get(i);
            if (m.kind() == FigureKind.MONEY) {
                String word = lastWord(text, m).toLowerCase(Locale.ROOT);
                Shared shared = SHARED.get(word);
                if (shared != null && shared.fallback() != null && shared.fallback().equals(m.unit())) {
                    String code = named.computeIfAbsent(shared, sh -> Optional.ofNullable(named(text, sh))).orElse(null);
                    if (code != null) {
                        out.set(i, reading(m, m.end(), code));
                    }
                }
            } else if (m.kind() == FigureKind.COUNT && (i + 1 >= out.size() || out.get(i + 1).begin() > m.end())) {
                Matcher after = WORD_AFTER.matcher(text).region(m.end(), text.length());
                // lookingAt, not find: a find would search on through the rest of the text for each figure
                Shared shared = after.lookingAt() ? SHARED.get(after.group(1).toLowerCase(Locale.ROOT)) : null;
                String code = shared == null || shared.fallback() != null ? null
                        : named.computeIfAbsent(shared, sh -> Optional.ofNullable(named(text, sh))).orElse(null);
                if (code != null) {
                    out.set(i, reading(m, after.end(1), code)); // 820 million kroner in a story about Norway
                }
            }
        }
    }

    /** The code of the only country of {@code shared} that the text names, or null. */
    private static String named(String text, Shared shared) {
        String found = null;
        for (Map.Entry<Pattern, String> e : shared.countries().entrySet()) {
            if (e.getKey().matcher(text).find()) {
                if (found != null) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    private static String lastWord(String text, FigureMatch m) {
        int k = m.end();
        while (k > m.begin() && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return text.substring(k, m.end());
    }

    private static FigureMatch reading(FigureMatch m, int end, String code) {
        return new FigureMatch(m.begin(), end, FigureKind.MONEY, m.value(), null, code, m.qualifier(), null, null,
                m.measured(), m.confidence(), m.range(), m.hedge());
    }
}
