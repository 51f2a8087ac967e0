package io.concord.annotator.figures.recognition;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Units, currencies and percent words, keyed by their lower-case written form with tokens joined as in the
 * text ({@code sq km}, {@code km2}, {@code per cent}, {@code us dollars}). Unit codes are those of GUIDELINES.md.
 */
final class UnitLexicon {
    /**
     * A unit as written after a number.
     *
     * @param factor   multiplies the stated value (only {@code cents}/{@code pence}: value in the main currency)
     * @param adjacent the form must touch the number ({@code 5m}, {@code 5t}) because spaced it is ambiguous
     */
    record UnitDef(FigureKind kind, String code, double factor, boolean adjacent) {}

    static final int MAX_TOKENS = 4;

    private static final Map<String, UnitDef> AFTER = new HashMap<>();
    /** Currency signs written before the number, joined as in the text ({@code us$}, {@code €}, {@code rs.}). */
    static final Map<String, String> CURRENCY_PREFIXES = new HashMap<>();
    /**
     * ISO 4217 codes, accepted before or after a number only in capitals ({@code TRY}, not {@code try}). Codes
     * that are mostly other acronyms in news (COP summits, PEN, GEL, MAD) are left out.
     */
    static final Set<String> ISO_CODES = CurrencyNames.codes();

    static {
        String[][] currencyWords = {
            {"EUR", "euro", "euros"},
            {"USD", "dollar", "dollars", "us dollars", "u.s. dollars", "american dollars", "us dollar", "bucks"},
            {"AUD", "australian dollars", "australian dollar"},
            {"CAD", "canadian dollars", "canadian dollar"},
            {"HKD", "hong kong dollars", "hong kong dollar"},
            {"NZD", "new zealand dollars", "new zealand dollar"},
            {"SGD", "singapore dollars", "singapore dollar"},
            {"TWD", "taiwan dollars", "taiwanese dollars", "new taiwan dollars"},
            {"GBP", "pound", "pounds", "pounds sterling", "pound sterling", "sterling", "british pounds"},
            {"EGP", "egyptian pounds", "egyptian pound"},
            {"LBP", "lebanese pounds", "lebanese pound"},
            {"JPY", "yen", "japanese yen"},
            {"CNY", "yuan", "renminbi", "chinese yuan"},
            {"INR", "rupee", "rupees", "indian rupees"},
            {"PKR", "pakistani rupees"},
            {"RUB", "rouble", "roubles", "ruble", "rubles", "russian roubles", "russian rubles"},
            {"UAH", "hryvnia", "hryvnias", "hryvnas", "hryvnya", "hryvnyas", "ukrainian hryvnias"},
            {"CHF", "swiss francs", "swiss franc", "francs"},
            {"XOF", "cfa francs"},
            {"ZAR", "rand", "south african rand"},
            {"TRY", "lira", "liras", "lire", "turkish lira", "turkish liras"},
            {"ILS", "shekel", "shekels", "new shekels"},
            {"KRW", "south korean won", "korean won"},
            {"SEK", "swedish kronor", "swedish krona", "kronor", "swedish crowns", "swedish crown"},
            {"NOK", "norwegian kroner", "norwegian krone", "norwegian crowns", "norwegian crown"},
            {"DKK", "danish kroner", "danish krone", "danish crowns", "danish crown"},
            // the plural the news writes (the JDK names the sol only in the singular, which is also a word)
            {"PEN", "soles", "peruvian soles", "nuevos soles"},
            {"PLN", "zloty", "zlotys", "zlotych", "polish zloty", "złoty", "złotys", "złotych", "polish złoty", "zł"},
            // the Uzbek sum as English news spells it (the JDK names it "Uzbekistan Som")
            {"UZS", "soums", "soum", "uzbek soums", "so'm"},
            {"HUF", "forint", "forints", "hungarian forints"},
            {"CZK", "koruna", "korunas", "czech crowns", "czech korunas"},
            {"NGN", "naira"},
            {"KES", "shillings", "kenyan shillings"},
            {"UGX", "ugandan shillings"},
            {"TZS", "tanzanian shillings"},
            {"AED", "dirhams", "dirham", "uae dirhams"},
            {"MAD", "moroccan dirhams"},
            {"SAR", "riyals", "riyal", "saudi riyals"},
            {"QAR", "qatari riyals"},
            {"IRR", "rials", "iranian rials"},
            {"KWD", "kuwaiti dinars"},
            {"IQD", "iraqi dinars"},
            {"MXN", "pesos", "peso", "mexican pesos"},
            {"ARS", "argentine pesos", "argentinian pesos"},
            {"PHP", "philippine pesos"},
            {"CLP", "chilean pesos"},
            {"COP", "colombian pesos"},
            {"BRL", "reais", "brazilian reais"},
            {"MYR", "ringgit"},
            {"THB", "baht"},
            {"IDR", "rupiah"},
            {"BDT", "taka"},
            // plurals the JDK's singular names do not give: the Icelandic krónur, the Afghan afghanis
            {"ISK", "krónur", "kronur", "icelandic krónur", "icelandic kronur"},
            {"AFN", "afghanis", "afghan afghanis"},
        };
        for (String[] row : currencyWords) {
            for (int i = 1; i < row.length; i++) {
                after(row[i], FigureKind.MONEY, row[0], 1, false);
            }
        }
        // the names of the world's other currencies, from the JDK; the forms above decide where they differ
        CurrencyNames.forms().forEach((form, code) -> AFTER.putIfAbsent(form,
                new UnitDef(FigureKind.MONEY, code, 1, false)));
        after("cents", FigureKind.MONEY, "USD", 0.01, false);
        after("pence", FigureKind.MONEY, "GBP", 0.01, false);
        after("p", FigureKind.MONEY, "GBP", 0.01, true);

        for (String s : new String[] {"%", "per cent", "percent", "per-cent", "pct"}) {
            after(s, FigureKind.PERCENT, "%", 1, false);
        }
        // pc, bp and bps only in lower case (LOWER_CASE_ONLY): PC and BP are other things
        after("pc", FigureKind.PERCENT, "%", 1, false);
        for (String s : new String[] {"percentage points", "percentage point", "percent points", "percentage-point",
            "percentage-points", "per cent points", "percent point"}) {
            after(s, FigureKind.PERCENT, "pp", 1, false);
        }
        after("pp", FigureKind.PERCENT, "pp", 1, true);
        after("ppt", FigureKind.PERCENT, "pp", 1, true);
        after("ppts", FigureKind.PERCENT, "pp", 1, true);
        for (String s : new String[] {"basis points", "basis point", "basis-point", "basis-points", "bp", "bps"}) {
            after(s, FigureKind.PERCENT, "bp", 1, false);
        }

        measure("km2", "sq km", "sq. km", "sq.km", "sqkm", "square km", "square kilometres", "square kilometers",
                "square kilometre", "square kilometer", "km2", "km²", "sq kilometres", "sq kilometers");
        measure("mi2", "sq mi", "sq. mi", "sq miles", "square miles", "square mile", "mi2", "mi²");
        measure("m2", "sq m", "sq. m", "sqm", "square metres", "square meters", "square metre", "square meter", "m2",
                "m²");
        measure("ft2", "sq ft", "sq. ft", "sq feet", "square feet", "square foot", "ft2", "ft²");
        measure("ha", "hectares", "hectare", "ha");
        measure("acre", "acres", "acre");
        measure("km", "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer");
        measure("mi", "miles", "mile");
        measure("nmi", "nautical miles", "nautical mile");
        measure("m", "metres", "meters", "metre", "meter");
        after("m", FigureKind.MEASURE, "m", 1, true);
        measure("cm", "cm", "centimetres", "centimeters", "centimetre", "centimeter");
        measure("mm", "mm", "millimetres", "millimeters", "millimetre", "millimeter");
        measure("ft", "feet", "foot", "ft");
        measure("in", "inches", "inch");
        after("in", FigureKind.MEASURE, "in", 1, true);
        measure("yd", "yards", "yard", "yds");
        measure("kg", "kg", "kgs", "kilograms", "kilogrammes", "kilogram", "kilogramme", "kilos", "kilo");
        measure("g", "grams", "grammes", "gram", "gramme");
        after("g", FigureKind.MEASURE, "g", 1, true);
        measure("mg", "mg", "milligrams", "milligrammes", "milligram", "milligramme");
        measure("t", "tonnes", "tonne", "tons", "ton", "metric tons", "metric tonnes", "metric ton");
        after("t", FigureKind.MEASURE, "t", 1, true);
        measure("lb", "lb", "lbs");
        measure("st", "stone");
        measure("oz", "ounces", "ounce", "oz");
        measure("l", "litres", "liters", "litre", "liter");
        after("l", FigureKind.MEASURE, "l", 1, true);
        measure("m3", "cubic metres", "cubic meters", "cubic metre", "cubic meter", "m3", "m³");
        measure("bbl", "barrels", "barrel", "bbl");
        measure("gal", "gallons", "gallon");
        measure("km/h", "km/h", "kph", "kmh", "km/hr", "kilometres per hour", "kilometers per hour", "km an hour");
        measure("mph", "mph", "miles per hour", "miles an hour");
        measure("kn", "knots");
        measure("°C", "°c", "° c", "degrees celsius", "degrees centigrade", "degrees c", "celsius");
        measure("°F", "°f", "° f", "degrees fahrenheit", "degrees f", "fahrenheit");
        after("c", FigureKind.MEASURE, "°C", 1, true);
        after("f", FigureKind.MEASURE, "°F", 1, true);
        for (String w : new String[] {"MW", "GW", "kW", "TW", "MWh", "GWh", "kWh", "TWh"}) {
            measure(w, w.toLowerCase());
        }
        // power written out, as general news does: 12,600 megawatts
        measure("MW", "megawatts", "megawatt");
        measure("GW", "gigawatts", "gigawatt");
        measure("kW", "kilowatts", "kilowatt");

        duration("h", "hours", "hour", "hrs", "hr");
        after("h", FigureKind.DURATION, "h", 1, true);
        duration("min", "minutes", "minute", "mins", "min");
        duration("s", "seconds", "second", "secs", "sec");
        duration("d", "days", "day");
        duration("d", "nights"); // four nights at the border: counted in days (the singular is mostly a time)
        // deadlines in days of work: "within ten working days" is ten days as the text counts them
        duration("d", "working days", "working day", "business days", "business day", "calendar days", "calendar day",
                "school days", "trading days", "trading day");
        duration("week", "weeks", "week", "wks");
        duration("fortnight", "fortnights", "fortnight");
        duration("month", "months", "month");
        duration("year", "years", "year", "yrs", "yr");
        duration("decade", "decades", "decade");
        duration("century", "centuries", "century");

        String[][] prefixes = {
            {"EUR", "€"}, {"USD", "$", "us$", "u.s.$", "us $"}, {"GBP", "£"}, {"JPY", "¥"}, {"INR", "₹", "rs", "rs."},
            {"RUB", "₽"}, {"UAH", "₴"}, {"KRW", "₩"}, {"TRY", "₺"}, {"ILS", "₪"}, {"NGN", "₦"}, {"PHP", "₱"},
            {"VND", "₫"}, {"THB", "฿"}, {"MNT", "₮"}, {"AUD", "a$", "au$"}, {"CAD", "c$", "ca$"}, {"NZD", "nz$"},
            {"HKD", "hk$"}, {"SGD", "s$"}, {"BRL", "r$"}, {"TWD", "nt$"}, {"MXN", "mex$"},
            // local abbreviations of financial news: Sh4.2bn, KSh 300m, R25bn, Rp 12tn, RM1.8bn
            {"KES", "sh", "ksh"}, {"ZAR", "r"}, {"IDR", "rp"}, {"MYR", "rm"}, {"BDT", "tk", "tk."}, {"AED", "dh"}, {"MWK", "mk"},
            {"GHS", "gh¢", "ghc"}, {"PLN", "zł"},
            // the Peruvian sol (S/ 40, S/.25) and the naira as Nigerian news writes it (N450 million)
            {"PEN", "s/", "s/."}, {"NGN", "n"},
        };
        for (String[] row : prefixes) {
            for (int i = 1; i < row.length; i++) {
                CURRENCY_PREFIXES.put(row[i], row[0]);
            }
        }
    }

    private UnitLexicon() {}

    /** Currency signs written in lower case before a number, as their country writes them ({@code zł 1,200}). */
    static final Set<String> LOWER_CASE_PREFIXES = Set.of("zł");

    /** Letter prefixes that are currency only when written against the number ({@code R25}, not {@code R 25}). */
    static final Set<String> ATTACHED_ONLY_PREFIXES = Set.of("r", "n");

    /**
     * Letter prefixes that are currency only before a sum: three digits or more, or a multiplier after it. An N
     * before a short number names a mask, a road or a grade ({@code N95}, {@code N7}) far more often than naira.
     */
    static final Set<String> SUM_ONLY_PREFIXES = Set.of("n");

    /** Unit forms that count only in lower case: {@code 4 pc} and {@code 25 bp}, but not a PC or BP. */
    static final Set<String> LOWER_CASE_ONLY = Set.of("pc", "bp", "bps");

    /** The unit written as {@code form} (lower case, tokens joined as in the text), or null. */
    static UnitDef after(String form) {
        return AFTER.get(form);
    }

    private static void after(String form, FigureKind kind, String code, double factor, boolean adjacent) {
        AFTER.put(form, new UnitDef(kind, code, factor, adjacent));
    }

    private static void measure(String code, String... forms) {
        for (String f : forms) {
            after(f, FigureKind.MEASURE, code, 1, false);
        }
    }

    private static void duration(String code, String... forms) {
        for (String f : forms) {
            after(f, FigureKind.DURATION, code, 1, false);
        }
    }
}
