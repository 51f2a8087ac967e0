package io.concord.annotator.figures.recognition;

import java.util.List;
import java.util.Set;

/**
 * Reads units, currencies and multipliers around a number with the {@link UnitLexicon}: the longest unit form
 * after it, a currency sign or ISO code before it, and whether an abbreviated multiplier ({@code m}, {@code bn})
 * applies.
 */
final class UnitReader {
    /** {@code 50c}: cents, of the dollar unless the text says otherwise. */
    private static final UnitLexicon.UnitDef CENTS = new UnitLexicon.UnitDef(FigureKind.MONEY, "USD", 0.01, true);

    private final TokenWindow w;
    private final List<Token> t;
    private final int n;

    UnitReader(TokenWindow w) {
        this.w = w;
        this.t = w.tokens();
        this.n = w.size();
    }

    /** Whether the abbreviation {@code s} at k after a number is a multiplier ({@code €5bn}, {@code 5m people}). */
    boolean abbreviatedScaleApplies(Token s, int k, String currency) {
        if (s.spaced()) {
            return currency != null && (s.is("bn") || s.is("mn") || s.is("tn") || s.is("trn") || s.is("mln")
                    || s.is("bln"));
        }
        if (s.is("b")) {
            return currency != null;
        }
        if (s.is("m")) {
            if (currency != null || currencyAfter(k + 1)) {
                return true; // $5m, 80m EUR, 5m euros
            }
            // 5m people vs a 5m wall: a plural noun after it means million (but 400m hurdles are metres)
            Token after = w.get(k + 1);
            if (after == null || !after.spaced() || !after.isWord() || !MeasuredNoun.isPlural(after.lower())
                    || after.is("hurdles")) {
                return false;
            }
            // 27.9m tonnes, 2m hectares: a unit written out in full after it counts millions of that unit
            UnitLexicon.UnitDef unit = UnitLexicon.after(after.lower());
            return unit == null || unit.kind() == FigureKind.MEASURE && after.text().length() > 3;
        }
        return true;
    }

    /** Whether a currency code or name is written at k ({@code 80m EUR}, {@code 5m euros}). */
    private boolean currencyAfter(int k) {
        Token after = w.get(k);
        if (after == null || !after.spaced() || !after.isWord()) {
            return false;
        }
        UnitLexicon.UnitDef def = UnitLexicon.after(after.lower());
        return isIsoCode(k) || def != null && def.kind() == FigureKind.MONEY;
    }

    /** The longest unit form starting at k; end[0] receives its last token. */
    UnitLexicon.UnitDef unitAt(int k, int[] end, boolean dashForm, boolean scaled) {
        Token first = w.get(k);
        if (first == null || first.type() == Token.Type.NUMBER) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        UnitLexicon.UnitDef found = null;
        for (int len = 0; len < UnitLexicon.MAX_TOKENS && k + len < n; len++) {
            Token tok = t.get(k + len);
            if (len > 0 && tok.spaced()) {
                sb.append(' ');
            }
            if (len > 0 && tok.lineStart()) {
                break;
            }
            sb.append(tok.lower());
            UnitLexicon.UnitDef def = UnitLexicon.after(sb.toString());
            if (def != null && def.adjacent() && tok.text().length() == 1 && !def.code().equals("l")
                    && Character.isUpperCase(tok.text().charAt(0)) != def.code().startsWith("°")) {
                // 40C is Celsius but 50c cents; 5g grams but 5G a network; 2L and 2l litres
                def = len == 0 && tok.text().equals("c") ? CENTS : null;
            }
            if (def != null && len == 0 && UnitLexicon.LOWER_CASE_ONLY.contains(tok.lower())
                    && !tok.text().equals(tok.lower())) {
                def = null;
            }
            if (def != null && (!def.adjacent() || !first.spaced() && !dashForm) && w.wordEnds(k + len)) {
                if (def.code().equals("GBP") && (sb.indexOf("pound") >= 0) && weighContext(k)) {
                    def = new UnitLexicon.UnitDef(FigureKind.MEASURE, "lb", 1, false);
                }
                found = def;
                end[0] = k + len;
            }
        }
        if (found != null && found.kind() == FigureKind.MONEY && dashForm) {
            return null;
        }
        return found;
    }

    /** How far back a sentence may say that its pounds weigh ("the heaviest piece weighed 2 kg and all of them 9 pounds"). */
    private static final int WEIGH_REACH = 20;

    /**
     * Whether the sentence before the pounds at {@code k} speaks of weight: a verb or noun of weighing, heaviness,
     * or another unit of mass. "Lost 30 pounds" alone stays money; "lost weight ... lost 30 pounds" weighs.
     */
    boolean weighContext(int k) {
        for (int b = k - 1; b >= Math.max(0, k - WEIGH_REACH); b--) {
            String w = t.get(b).lower();
            if (w.startsWith("weigh") || w.startsWith("heav") || w.equals("lbs") || w.equals("kg")
                    || w.startsWith("kilogram") || w.equals("ounces") || w.equals("stone")) {
                return true;
            }
            if (w.equals(".") || w.equals("?") || w.equals("!") || w.equals("£")) {
                return false; // another sentence, or a sum in sterling before it
            }
            if (w.equals("paid") || w.equals("cost") || w.equals("costs") || w.equals("price") || w.equals("worth")) {
                return false; // the pounds nearest to a verb of paying are money whatever the sentence weighs
            }
        }
        return false;
    }

    boolean isIsoCode(int k) {
        Token tok = w.get(k);
        return tok != null && tok.isAllCaps() && tok.text().length() == 3 && UnitLexicon.ISO_CODES.contains(tok.text())
                && w.wordEnds(k);
    }

    /**
     * A code written against its amount ({@code EUR2.4bn}, {@code CHF120}): the code starts a word, and the amount
     * has a multiplier, a decimal or thousands separator, or three digits or more, unlike the names of summits and
     * models that look the same ({@code COP26}).
     */
    private boolean isGluedIsoAmount(int i, int numIndex) {
        Token code = t.get(i);
        Token num = t.get(numIndex);
        Token before = w.get(i - 1);
        if (num.spaced() || !code.isAllCaps() || code.text().length() != 3
                || !UnitLexicon.ISO_CODES.contains(code.text())
                || before != null && !code.spaced() && before.type() != Token.Type.SYMBOL) {
            return false;
        }
        Token after = w.get(numIndex + 1);
        boolean multiplier = after != null && !after.spaced() && after.isWord()
                && NumberWords.ABBREVIATED_SCALES.containsKey(after.lower());
        String digits = num.text();
        return multiplier || digits.indexOf('.') >= 0 || digits.indexOf(',') >= 0 || digits.length() >= 3;
    }

    /** Whether a unit, currency, percent or multiplier follows the number at j (then it is not a year or a day). */
    boolean followedByUnit(int j) {
        Token next = w.get(j + 1);
        if (next == null) {
            return false;
        }
        if (next.isSymbol('%')) {
            return true;
        }
        if (next.isWord()) {
            if (NumberWords.SCALES.containsKey(next.lower()) || !next.spaced()
                    && NumberWords.ABBREVIATED_SCALES.containsKey(next.lower())) {
                return true;
            }
            int[] end = new int[1];
            UnitLexicon.UnitDef def = unitAt(j + 1, end, false, false);
            return def != null || isIsoCode(j + 1);
        }
        return false;
    }

    /**
     * The index of the number after a currency sign starting at i ({@code €}, {@code US$}, {@code Rs.},
     * {@code USD}), or -1.
     */
    /** Multipliers written after a sum: {@code N450 million}, {@code N2bn}. */
    private static final Set<String> MULTIPLIERS = Set.of("million", "billion", "trillion", "bn", "m", "tn", "k",
            "mn", "thousand");

    /** Whether the number at token {@code k} is a sum: three digits or more, or a multiplier right after it. */
    private boolean sum(int k) {
        long digits = t.get(k).text().chars().filter(Character::isDigit).count();
        return digits >= 3 || k + 1 < n && MULTIPLIERS.contains(t.get(k + 1).lower());
    }

    int currencyPrefix(int i) {
        for (int len = 4; len >= 1; len--) {
            int end = i + len;
            if (end >= n) {
                continue;
            }
            Token num = t.get(end);
            if (!num.isNumber()) {
                continue;
            }
            String s = w.joined(i, end);
            if (UnitLexicon.CURRENCY_PREFIXES.containsKey(s)) {
                Token first = t.get(i);
                if (first.isWord() && !first.spaced() && w.get(i - 1) != null && w.get(i - 1).isWord()) {
                    return -1; // the letters end a longer word
                }
                if (first.isWord() && !Character.isUpperCase(first.text().charAt(0))
                        && !UnitLexicon.LOWER_CASE_PREFIXES.contains(first.text())) {
                    continue; // "us $10 billion": a word, not the US$ prefix; currency letters are capitals
                }
                if (UnitLexicon.ATTACHED_ONLY_PREFIXES.contains(s) && num.spaced()) {
                    continue;
                }
                if (UnitLexicon.SUM_ONLY_PREFIXES.contains(s) && !sum(end)) {
                    continue;
                }
                return end;
            }
            if (len == 1 && isIsoCode(i) && num.spaced()) {
                return end; // USD 40 million
            }
            if (len == 1 && isGluedIsoAmount(i, end)) {
                return end; // EUR2.4bn, USD500m
            }
        }
        return -1;
    }
}
