package io.concord.annotator.figures.recognition;

import java.util.List;

/**
 * Reads units, currencies and multipliers around a number with the {@link UnitLexicon}: the longest unit form
 * after it, a currency sign or ISO code before it, and whether an abbreviated multiplier ({@code m}, {@code bn})
 * applies.
 */
final class UnitReader {
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
            return currency != null && (s.is("bn") || s.is("mn") || s.is("tn") || s.is("trn"));
        }
        if (s.is("b")) {
            return currency != null;
        }
        if (s.is("m")) {
            if (currency != null) {
                return true;
            }
            // 5m people vs a 5m wall: a plural noun after it means million (but 400m hurdles are metres)
            Token after = w.get(k + 1);
            return after != null && after.spaced() && after.isWord() && MeasuredNoun.isPlural(after.lower())
                    && UnitLexicon.after(after.lower()) == null && !after.is("hurdles");
        }
        return true;
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
                def = null; // 40C is Celsius but 50c cents; 5g grams but 5G a network; 2L and 2l litres
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

    boolean weighContext(int k) {
        for (int b = Math.max(0, k - 5); b < k; b++) {
            String w = t.get(b).lower();
            if (w.startsWith("weigh") || w.equals("heavy") || w.equals("lbs")) {
                return true;
            }
        }
        return false;
    }

    boolean isIsoCode(int k) {
        Token tok = w.get(k);
        return tok != null && tok.isAllCaps() && tok.text().length() == 3 && UnitLexicon.ISO_CODES.contains(tok.text())
                && w.wordEnds(k);
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
                if (first.isWord() && !Character.isUpperCase(first.text().charAt(0))) {
                    continue; // "us $10 billion": a word, not the US$ prefix; currency letters are capitals
                }
                if (UnitLexicon.ATTACHED_ONLY_PREFIXES.contains(s) && num.spaced()) {
                    continue;
                }
                return end;
            }
            if (len == 1 && isIsoCode(i) && num.spaced()) {
                return end; // USD 40 million
            }
        }
        return -1;
    }
}
