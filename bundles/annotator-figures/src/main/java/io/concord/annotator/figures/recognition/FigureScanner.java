package io.concord.annotator.figures.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.concord.language.UnitConversions;
import io.concord.language.CalendarWords;

/**
 * One left-to-right pass over the tokens of one document. At each token it tries, in order, a date
 * ({@link DateReader}), a money amount with a currency sign, and a number (digits, number words, fractions) with
 * what follows it (multiplier, range, unit, currency, percent: {@link UnitReader}) and what precedes it
 * ({@link Hedges}). Rejections (identifiers, times of day, pronoun {@code one}, names) consume their tokens so
 * that the pieces are not read again. Afterwards, figures that restate or complete each other are linked.
 */
final class FigureScanner {
    private static final double CONF_WITH_UNIT = 0.95;
    private static final double CONF_DIGITS = 0.85;
    private static final double CONF_WORDS = 0.8;
    private static final double CONF_ONE = 0.6;
    private static final double CONF_INDEFINITE = 0.55;

    /** Nouns that, right before a number, make it part of a name or reference ({@code article 5}). */
    private static final Set<String> DESIGNATORS = Set.of(
            "article", "section", "chapter", "resolution", "flight", "route", "highway", "page", "pages", "number",
            "no", "nos", "room", "platform", "gate", "terminal", "line", "phase", "stage", "round", "level", "grade",
            "category", "season", "episode", "series", "version", "vol", "volume", "model", "item", "paragraph",
            "clause", "amendment", "lot", "seat", "row", "bus", "channel", "district", "ward", "precinct", "block",
            "unit", "apartment", "suite", "floor", "pp", "p", "act", "bill", "law", "decree", "tier", "class",
            "type", "mark", "squad", "code", "ref", "id", "figure", "fig", "table", "exhibit", "part", "term",
            "week", "day", "game", "match", "leg", "division", "league", "road", "street", "avenue",
            "exit", "junction", "kilometre", "km", "mile", "hole", "lap", "verse", "psalm", "year", "runway", "pier",
            "berth", "sector", "zone");

    private static final Set<String> CLOCK_WORDS = Set.of(
            "am", "pm", "gmt", "bst", "utc", "cet", "cest", "est", "edt", "et", "pt", "pst", "pdt", "cst", "cdt",
            "eet", "eest", "msk", "ist", "jst", "aest", "hrs", "hours", "h");

    /** Words before {@code one} that make it a pronoun: {@code no one}, {@code the one}, {@code each one}. */
    private static final Set<String> PRONOUN_ONE_BEFORE = Set.of(
            "no", "the", "this", "that", "any", "every", "each", "which", "such", "another", "little", "loved",
            "young", "right", "wrong", "last", "same", "other", "someone", "everyone", "anyone", "big",
            "new", "old", "good", "bad", "first", "next", "whichever", "a", "as");

    /** Words after {@code one} that make it a pronoun or an idiom: {@code one of}, {@code one day}, ... */
    private static final Set<String> PRONOUN_ONE_AFTER = Set.of(
            "of", "another", "who", "that", "which", "is", "was", "has", "had", "can", "could", "would", "will",
            "should", "must", "may", "might", "does", "did", "says", "said", "and", "or", "day", "time", "way",
            "hand", "point", "side", "thing", "another's", "knows", "thinks", "wants", "gets",
            "goes", "needs", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than", "if", "but",
            "else", "too", "more", "last", "less", "here", "there", "off", "such", "the", "a", "an", "he", "she",
            "it", "they", "we", "i", "you", "myself", "itself", "himself", "herself", "themselves", "would've");

    /** Words before {@code one day} that make it a real duration: {@code for one day}. */
    private static final Set<String> DURATION_LEADS = Set.of(
            "for", "within", "after", "than", "only", "just", "over", "in", "last", "lasted", "took", "spent");

    private static final Set<String> SCORE_WORDS = Set.of(
            "won", "win", "wins", "beat", "beats", "lost", "lose", "loses", "drew", "draw", "defeat", "defeated",
            "victory", "score", "scored", "scoreline", "thrashed", "edged", "vote", "voted", "votes", "margin");

    private static final Set<String> INDEFINITE_UNITS = Set.of(
            "hour", "day", "week", "fortnight", "month", "year", "decade", "century");

    private static final Set<String> RATE_WORDS = Set.of("times", "once", "twice", "thrice", "per");

    private final String text;
    private final List<Token> t;
    private final int n;
    private final FigureRecognizer.Options options;
    private final TokenWindow w;
    private final UnitReader units;
    private final DateReader dates;
    private final List<FigureMatch> out = new ArrayList<>();
    /** Indexes in {@code out} of counts used as nouns ({@code at least 6,000 have been placed}). */
    private final List<Integer> elliptic = new ArrayList<>();
    /** Token index just after the last emitted figure, for rate phrases like {@code $5 a day}. */
    private int lastFigureEnd = -10;

    FigureScanner(String text, List<Token> tokens, FigureRecognizer.Options options) {
        this.text = text;
        this.t = tokens;
        this.n = tokens.size();
        this.options = options;
        this.w = new TokenWindow(text, tokens);
        this.units = new UnitReader(w);
        this.dates = new DateReader(w, units, options, this::add);
    }

    List<FigureMatch> scan() {
        int i = 0;
        while (i < n) {
            int next = at(i);
            i = Math.max(next, i + 1);
        }
        linkParentheticals();
        linkElliptic();
        linkBetween();
        return out;
    }

    /** Tries everything at token i; returns the index to continue from (i + 1 when nothing was read). */
    private int at(int i) {
        Token tok = t.get(i);
        switch (tok.type()) {
            case WORD:
                return atWord(i, tok);
            case NUMBER:
                return atNumber(i, tok);
            default:
                return atSymbol(i, tok);
        }
    }

    // ---------------------------------------------------------------- entry points by token type

    private int atWord(int i, Token tok) {
        int date = dates.atWord(i, tok);
        if (date > i) {
            return date;
        }
        int prefixEnd = units.currencyPrefix(i);
        if (prefixEnd > i) {
            return number(i, prefixEnd, UnitLexicon.CURRENCY_PREFIXES.getOrDefault(w.joined(i, prefixEnd),
                    t.get(i).text()));
        }
        if ((tok.is("a") || tok.is("an")) && options.indefiniteDurations()) {
            int r = indefiniteDuration(i);
            if (r > i) {
                return r;
            }
        }
        if (NumberWords.isCardinal(tok.lower()) || tok.is("a") || tok.is("an") || tok.is("half")) {
            return number(i, i, null);
        }
        return i + 1;
    }

    private int atNumber(int i, Token tok) {
        int r = dates.atNumber(i);
        return r > i ? r : number(i, i, null);
    }

    private int atSymbol(int i, Token tok) {
        int prefixEnd = units.currencyPrefix(i);
        if (prefixEnd > i) {
            return number(i, prefixEnd, UnitLexicon.CURRENCY_PREFIXES.get(w.joined(i, prefixEnd)));
        }
        if (NumberWords.VULGAR_FRACTIONS.containsKey(tok.text())) {
            return number(i, i, null);
        }
        return i + 1;
    }

    // ---------------------------------------------------------------- numbers

    /** A parsed number: tokens first..last, its value, and how it was written. */
    private record Num(int first, int last, double value, boolean words, boolean ratio, boolean scaled) {}

    /**
     * Reads a figure whose span starts at {@code spanStart} and whose number starts at {@code numStart}
     * ({@code spanStart < numStart} when a currency sign comes first).
     */
    private int number(int spanStart, int numStart, String prefixCurrency) {
        Num num = parseNumber(numStart);
        if (num == null) {
            return numStart + 1;
        }
        int reject = rejectNumber(spanStart, num, prefixCurrency);
        if (reject > 0) {
            return reject;
        }
        double value = num.value();
        int last = num.last();
        boolean range = false;
        FigureMatch.Range stated = null;
        if (spanStart == numStart && num.first() > 0 && !num.words()) {
            Token sign = t.get(num.first() - 1);
            boolean glued = !t.get(num.first()).spaced();
            if (sign.is("minus") && !glued || (sign.isSymbol('−') || sign.isSymbol('-')) && glued && sign.spaced()) {
                value = -value;
                spanStart = num.first() - 1;
            }
        }
        boolean scaled = num.scaled();

        // 5-6, 20–25: one figure for the range, valued at its middle
        if (!num.words() && !num.ratio() && w.dashJoined(last + 1) && w.get(last + 2) != null
                && t.get(last + 2).isNumber() && !w.dashJoined(last + 3)) {
            if (scoreContext(spanStart, last + 2) && !units.followedByUnit(last + 2)) {
                return last + 3;
            }
            double hi = parseDigits(t.get(last + 2).text());
            if (hi > value) {
                stated = new FigureMatch.Range(value, hi);
                value = (value + hi) / 2;
                last += 2;
                range = true;
            } else if (!units.followedByUnit(last + 2)) {
                return last + 3; // 2-1, 52-48: a score or a tally, not a range
            }
        }

        // multipliers: 90 billion, €90bn, 5m people
        String currency = prefixCurrency;
        if (!num.ratio()) {
            Token s = w.get(last + 1);
            if (s != null && s.isWord()) {
                Double scale = NumberWords.SCALES.get(s.lower());
                if (scale != null && (s.spaced() || !num.words()) && !(num.words() && scaled)) {
                    value *= scale;
                    last++;
                    scaled = true;
                } else if (!num.words() && (scale = NumberWords.ABBREVIATED_SCALES.get(s.lower())) != null
                        && units.abbreviatedScaleApplies(s, last + 1, currency)) {
                    value *= scale;
                    last++;
                    scaled = true;
                }
            }
        }

        // unit, currency or percent after the number, possibly joined by a hyphen (five-hour)
        FigureKind kind = num.ratio() ? FigureKind.RATIO : FigureKind.COUNT;
        String unit = null;
        boolean dashForm = false;
        int unitStart = last + 1;
        if (w.dashJoined(unitStart) && w.get(unitStart + 1) != null && !t.get(unitStart + 1).spaced()
                && t.get(unitStart + 1).isWord()) {
            unitStart++;
            dashForm = true;
        }
        if (currency != null) {
            kind = FigureKind.MONEY;
            unit = currency;
        } else if (num.ratio() && w.is(last + 1, "of") && (w.is(last + 2, "a") || w.is(last + 2, "an"))) {
            // a quarter of a percentage point, three-quarters of an hour
            int[] unitEnd = new int[1];
            UnitLexicon.UnitDef def = units.unitAt(last + 3, unitEnd, false, false);
            if (def != null && def.kind() != FigureKind.MONEY) {
                kind = def.kind();
                unit = def.code();
                value = round4(value);
                last = unitEnd[0];
            }
        } else if (!num.ratio()) {
            int[] unitEnd = new int[1];
            UnitLexicon.UnitDef def = units.unitAt(unitStart, unitEnd, dashForm, scaled);
            if (def != null && !(dashForm && def.kind() == FigureKind.MONEY)) {
                kind = def.kind();
                unit = def.code();
                value *= def.factor();
                last = unitEnd[0];
                if (dashForm && w.is(last + 1, "-") && w.is(last + 2, "old")) {
                    last += 2; // a 45-year-old
                }
            } else if (!dashForm && scaled && w.is(unitStart, "won") && t.get(unitStart).spaced()) {
                kind = FigureKind.MONEY; // 41.2 trillion won: after a multiplier, won is no verb
                unit = "KRW";
                last = unitStart;
            } else if (!dashForm && units.isIsoCode(unitStart)) {
                kind = FigureKind.MONEY;
                unit = t.get(unitStart).text();
                last = unitStart;
            } else {
                dashForm = false;
            }
        }
        if ((kind == FigureKind.COUNT || kind == FigureKind.MONEY && currency != null) && !scaled && !num.ratio()
                && !range) {
            // 5 to 10 per cent, between 5 and 6 million, $2 to $3 billion: the second figure's unit is shared
            Shared shared = sharedUnit(last + 1);
            if (shared != null) {
                value *= shared.scale();
                scaled = shared.scale() != 1;
                if (kind == FigureKind.COUNT && shared.def() != null) {
                    kind = shared.def().kind();
                    unit = shared.def().code();
                    value *= shared.def().factor();
                } else if (kind == FigureKind.COUNT && shared.currency() != null) {
                    kind = FigureKind.MONEY;
                    unit = shared.currency();
                }
            }
        }
        boolean compound = kind == FigureKind.COUNT && !num.words() && w.dashJoined(last + 1) && w.get(last + 2) != null
                && t.get(last + 2).isWord() && !t.get(last + 2).spaced() && !isHedgeAfterDash(last + 2);
        if (kind == FigureKind.COUNT && !num.words() && adjacentLetterAfter(last)) {
            return last + 2; // 5G, 3D, 747s, 21st
        }
        if (kind == FigureKind.COUNT && num.words() && w.dashJoined(last + 1) && w.get(last + 2) != null
                && t.get(last + 2).isWord() && !isHedgeAfterDash(last + 2) && !dashedRatio(last + 1)) {
            return last + 3; // two-state solution, one-sided, three-time champion
        }
        if (kind == FigureKind.COUNT && isClockTime(num, last)) {
            return last + 2;
        }

        // one in five, three out of four
        boolean inRatio = false;
        if (kind == FigureKind.COUNT && !range) {
            int[] ratioEnd = new int[1];
            double denominator = ratioDenominator(last + 1, ratioEnd);
            if (denominator > value && value > 0) {
                kind = FigureKind.RATIO;
                value = round4(value / denominator);
                last = ratioEnd[0];
                inRatio = true;
            }
        }
        if (num.ratio()) {
            value = round4(value);
        }

        if (kind == FigureKind.COUNT && isPronounOne(num, spanStart)) {
            return last + 1;
        }

        if (!Double.isFinite(value)) {
            return last + 1;
        }
        Qualifier qualifier = range ? Qualifier.APPROX : Hedges.before(w, spanStart);
        int hedgeStart = range ? spanStart : Hedges.start(w, spanStart);
        String hedge = hedgeStart < spanStart ? text.substring(t.get(hedgeStart).begin(), t.get(spanStart - 1).end()) : null;
        int afterHedge = Hedges.after(w, last + 1);
        if (afterHedge > 0) {
            boolean dashed = w.dashJoined(last + 1);
            String phrase = dashed ? t.get(afterHedge).lower() : "or " + t.get(afterHedge).lower();
            qualifier = Hedges.AFTER.get(phrase);
            if (dashed) {
                last = afterHedge; // 500-plus: the suffix is part of the written number
            }
        }

        double confidence = kind != FigureKind.COUNT ? CONF_WITH_UNIT
                : num.words() ? (num.value() == 1 && !scaled ? CONF_ONE : CONF_WORDS) : CONF_DIGITS;
        Double normalizedValue = null;
        String normalizedUnit = null;
        if ((kind == FigureKind.MEASURE || kind == FigureKind.DURATION) && UnitConversions.knows(unit)) {
            UnitConversions.Normalized norm = UnitConversions.toBase(value, unit).orElseThrow();
            normalizedValue = norm.value();
            normalizedUnit = norm.unit();
        }
        boolean singularUnit = unit != null && last >= 0 && !t.get(last).lower().endsWith("s");
        String measured = inRatio ? MeasuredNoun.counted(t, last + 1, false)
                : measured(kind, last + 1, dashForm || singularUnit && kind == FigureKind.DURATION, value);
        if (kind == FigureKind.COUNT && compound) {
            measured = t.get(last + 2).lower(); // a 28-nation bloc, a 10-point plan
        }
        if (measured == null && kind != FigureKind.DURATION && !standsForNoun(last + 1)) {
            measured = MeasuredNoun.before(t, Hedges.start(w, spanStart));
        }
        FigureMatch m = new FigureMatch(t.get(spanStart).begin(), t.get(last).end(), kind, value, null, unit,
                qualifier, normalizedValue, normalizedUnit, measured, confidence, stated, hedge);
        add(m, last + 1);
        if (kind == FigureKind.COUNT && measured == null && standsForNoun(last + 1)) {
            elliptic.add(out.size() - 1);
        }
        return last + 1;
    }

    /** What a bare number borrows from the figure after it in a range. */
    private record Shared(double scale, UnitLexicon.UnitDef def, String currency) {}

    /**
     * For a bare number at the start of a range ({@code 5 to 10 per cent}, {@code 5-6 million}): the multiplier and
     * unit of the number after the connector at k, or null when that number has neither or no connector follows.
     */
    private Shared sharedUnit(int k) {
        if (!(w.is(k, "to") || w.is(k, "and") || w.is(k, "or"))) {
            return null;
        }
        Token second = w.get(k + 1);
        if (second == null || !second.spaced()) {
            return null;
        }
        int start = k + 1;
        String currency = null;
        int prefixEnd = units.currencyPrefix(start);
        if (prefixEnd > start) {
            currency = UnitLexicon.CURRENCY_PREFIXES.getOrDefault(w.joined(start, prefixEnd), w.get(start).text());
            start = prefixEnd;
        }
        Num num = parseNumber(start);
        if (num == null || num.ratio() || num.value() <= 0) {
            return null;
        }
        double scale = 1;
        int last = num.last();
        Token s = w.get(last + 1);
        if (num.scaled()) {
            return null; // two or three million: the words carry their own scale, too rare to split
        }
        if (s != null && s.isWord()) {
            Double sc = NumberWords.SCALES.get(s.lower());
            if (sc == null && !num.words()) {
                sc = NumberWords.ABBREVIATED_SCALES.get(s.lower());
                if (sc != null && !units.abbreviatedScaleApplies(s, last + 1, currency)) {
                    sc = null;
                }
            }
            if (sc != null) {
                scale = sc;
                last++;
            }
        }
        int[] end = new int[1];
        UnitLexicon.UnitDef def = currency == null ? units.unitAt(last + 1, end, false, scale != 1) : null;
        if (def == null && scale == 1 && currency == null) {
            return null;
        }
        if (def != null && def.kind() == FigureKind.MONEY && currency != null) {
            def = null;
        }
        return new Shared(scale, def, currency);
    }

    /** Cardinal digits, number words, fractions; null when nothing numeric starts at j. */
    private Num parseNumber(int j) {
        Token tok = w.get(j);
        if (tok == null) {
            return null;
        }
        if (tok.isNumber()) {
            double v = parseDigits(tok.text());
            int last = j;
            Token next = w.get(j + 1);
            if (next != null && !next.spaced() && NumberWords.VULGAR_FRACTIONS.containsKey(next.text())) {
                v += NumberWords.VULGAR_FRACTIONS.get(next.text());
                last++;
            } else if (next != null && next.isSymbol('/') && !next.spaced() && w.get(j + 2) != null
                    && t.get(j + 2).isNumber() && !t.get(j + 2).spaced()) {
                double d = parseDigits(t.get(j + 2).text());
                if (d >= 2 && d <= 10 && v < d && !(w.get(j + 3) != null && t.get(j + 3).isSymbol('/'))) {
                    return new Num(j, j + 2, v / d, false, true, false);
                }
                return null;
            }
            int andHalf = andAHalf(last + 1);
            if (andHalf > 0) {
                return new Num(j, andHalf, v + 0.5, false, false, false);
            }
            return new Num(j, last, v, false, false, false);
        }
        if (tok.type() == Token.Type.SYMBOL) {
            Double f = NumberWords.VULGAR_FRACTIONS.get(tok.text());
            return f == null ? null : new Num(j, j, f, false, true, false);
        }
        return parseWords(j);
    }

    private Num parseWords(int j) {
        Token tok = t.get(j);
        Token next = w.get(j + 1);
        if (tok.is("a") || tok.is("an")) {
            if (next == null || !next.spaced() || !next.isWord()) {
                return null;
            }
            if (next.is("dozen")) {
                return new Num(j, j + 1, 12, true, false, false);
            }
            Double scale = NumberWords.SCALES.get(next.lower());
            if (scale != null && scale >= 100 && !next.is("lakh") && !next.is("crore")) {
                int last = j + 1;
                int andHalf = andAHalf(last + 1);
                double v = scale;
                if (andHalf > 0) {
                    v = scale * 1.5;
                    last = andHalf;
                }
                return new Num(j, last, v, true, false, true);
            }
            if (NumberWords.isSingularDenominator(next.lower()) && fractionFollows(j + 2)) {
                return new Num(j, j + 1, 1.0 / NumberWords.DENOMINATORS.get(next.lower()), true, true, false);
            }
            return null;
        }
        if (tok.is("half")) {
            return parseHalf(j);
        }
        // numerator + denominator: two-thirds, three quarters, one-fifth
        Integer small = NumberWords.SMALL.get(tok.lower());
        if (small != null && small >= 1 && small <= 10 && next != null && next.isDash() && !next.spaced()) {
            Token den = w.get(j + 2);
            if (den != null && !den.spaced() && isDenominatorFor(small, den.lower())) {
                return new Num(j, j + 2, (double) small / NumberWords.DENOMINATORS.get(den.lower()), true, true,
                        false);
            }
        } else if (small != null && small >= 1 && small <= 10 && next != null && next.spaced()
                && isDenominatorFor(small, next.lower()) && (small > 1 || fractionFollows(j + 2))) {
            return new Num(j, j + 1, (double) small / NumberWords.DENOMINATORS.get(next.lower()), true, true, false);
        }
        return parseCardinalWords(j);
    }

    /** {@code ninety}, {@code twenty-five}, {@code one hundred and twenty}, {@code ninety billion}. */
    private Num parseCardinalWords(int j) {
        double total = 0;
        double current = 0;
        int last = -1;
        boolean scaled = false;
        int k = j;
        String previous = null; // "small", "tens", "hundred", "scale"
        while (k < n) {
            Token tok = t.get(k);
            if (k > j && !tok.spaced() || !tok.isWord()) {
                break;
            }
            Integer small = NumberWords.SMALL.get(tok.lower());
            Integer tens = NumberWords.TENS.get(tok.lower());
            Double scale = NumberWords.SCALES.get(tok.lower());
            if (small != null) {
                if ("small".equals(previous) || ("tens".equals(previous) && small >= 10)) {
                    break;
                }
                current += small;
                previous = "small";
                last = k++;
            } else if (tens != null) {
                if ("small".equals(previous) || "tens".equals(previous)) {
                    break;
                }
                current += tens;
                previous = "tens";
                last = k++;
                // twenty-five
                if (w.dashJoined(k) && w.get(k + 1) != null && !t.get(k + 1).spaced()) {
                    Integer unit = NumberWords.SMALL.get(t.get(k + 1).lower());
                    if (unit != null && unit >= 1 && unit <= 9) {
                        current += unit;
                        previous = "small";
                        last = k + 1;
                        k += 2;
                    }
                }
            } else if (tok.is("hundred") && ("small".equals(previous) || "tens".equals(previous))
                    || scale != null && !tok.is("hundred") && previous != null && !"scale".equals(previous)) {
                if (tok.is("hundred")) {
                    current = (current == 0 ? 1 : current) * 100;
                    previous = "hundred";
                } else {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                    previous = "scale";
                }
                scaled = true;
                last = k++;
            } else if (tok.is("and") && ("hundred".equals(previous) || "scale".equals(previous)) && k + 1 < n
                    && NumberWords.isCardinal(t.get(k + 1).lower())) {
                k++;
            } else {
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        double value = total + current;
        int andHalf = andAHalf(last + 1);
        if (andHalf > 0 && !scaled) {
            return new Num(j, andHalf, value + 0.5, true, false, false);
        }
        return new Num(j, last, value, true, false, scaled);
    }

    /** {@code half of}, {@code half a million}, {@code half an hour}. */
    private Num parseHalf(int j) {
        Token prev = w.get(j - 1);
        if (prev != null && (prev.is("the") || prev.is("first") || prev.is("second") || prev.is("a")
                || prev.is("and") || prev.is("latter") || prev.is("other"))) {
            return null;
        }
        Token next = w.get(j + 1);
        if (next == null) {
            return new Num(j, j, 0.5, true, true, false);
        }
        if (!next.spaced()) {
            return next.type() == Token.Type.SYMBOL && !next.isDash() ? new Num(j, j, 0.5, true, true, false) : null;
        }
        if ((next.is("a") || next.is("an")) && w.get(j + 2) != null) {
            Token after = t.get(j + 2);
            Double scale = NumberWords.SCALES.get(after.lower());
            if (scale != null && scale >= 1000) {
                return new Num(j, j + 2, 0.5 * scale, true, false, true);
            }
            int[] end = new int[1];
            UnitLexicon.UnitDef unit = units.unitAt(j + 2, end, false, false);
            if (unit != null && unit.kind() != FigureKind.MONEY) {
                return new Num(j, j + 1, 0.5, true, false, false); // the unit is read next: half an hour
            }
            return null;
        }
        if (next.is("of") || SHARE_DETERMINERS.contains(next.lower()) || hedgedBefore(j)) {
            return new Num(j, j, 0.5, true, true, false); // half of, half the, almost half
        }
        return null;
    }

    /** Determiners after {@code half} that make it a share: {@code half the country}. */
    private static final Set<String> SHARE_DETERMINERS = Set.of(
            "the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "all");

    private boolean isDenominatorFor(int numerator, String lower) {
        Integer d = NumberWords.DENOMINATORS.get(lower);
        if (d == null || numerator >= d) {
            return false;
        }
        boolean plural = lower.endsWith("s");
        return numerator == 1 ? !plural : plural;
    }

    /** A singular fraction ({@code a third}) is a share only before {@code of} or punctuation, not {@code a third term}. */
    private boolean fractionFollows(int k) {
        Token tok = w.get(k);
        return tok == null || tok.is("of") || tok.type() == Token.Type.SYMBOL && !tok.isDash();
    }

    /** {@code and a half} after a number: the index of {@code half}, or -1. */
    private int andAHalf(int k) {
        return w.is(k, "and") && w.is(k + 1, "a") && w.is(k + 2, "half") ? k + 2 : -1;
    }

    /** {@code -in-} at k, glued on both sides: {@code one-in-three}. */
    private boolean dashedRatio(int k) {
        return w.dashJoined(k) && w.is(k + 1, "in") && !t.get(k + 1).spaced() && w.dashJoined(k + 2)
                && w.get(k + 3) != null && !t.get(k + 3).spaced();
    }

    /** {@code in five}, {@code out of four}, {@code in every ten}, {@code -in-three}: the denominator, or 0. */
    private double ratioDenominator(int k, int[] end) {
        if (dashedRatio(k)) {
            k += 3;
            if (!(w.get(k).isNumber() || NumberWords.isCardinal(w.get(k).lower()))) {
                return 0;
            }
        } else if (w.is(k, "in")) {
            k++;
        } else if (w.is(k, "out") && w.is(k + 1, "of")) {
            k += 2;
        } else {
            return 0;
        }
        if (w.is(k, "every")) {
            k++;
        }
        Token d = w.get(k);
        if (d == null) {
            return 0;
        }
        double v;
        if (d.isNumber() && d.text().indexOf('.') < 0) {
            v = parseDigits(d.text());
        } else if (NumberWords.isCardinal(d.lower())) {
            Num w = parseCardinalWords(k);
            if (w == null || w.scaled()) {
                return 0;
            }
            v = w.value();
            k = w.last();
        } else {
            return 0;
        }
        if (v < 2 || v > 1000 || units.followedByUnit(k)) {
            return 0;
        }
        end[0] = k;
        return v;
    }

    // ---------------------------------------------------------------- rejections

    /** Index to skip to when the number is not a figure, or -1 when it may be one. */
    private int rejectNumber(int spanStart, Num num, String currency) {
        int first = num.first();
        Token tok = t.get(first);
        Token prev = w.get(first - 1);
        if (tok.isNumber() && tok.text().length() > 19) {
            return num.last() + 1; // an identifier or a run of digits, not a quantity
        }
        if (tok.isNumber() && currency == null) {
            if (prev != null && !tok.spaced()) {
                if (prev.isWord() || prev.isSymbol('#') || prev.isSymbol('+') || prev.isSymbol('@')
                        || prev.isSymbol('/') || prev.isSymbol(':') || prev.isSymbol('.') || prev.isSymbol('_')
                        || prev.isSymbol('=') || prev.isSymbol('\\') || prev.isNumber()) {
                    return num.last() + 1; // G7, MH17, #10, +44, v2, 10:30
                }
                if (prev.isDash() && !prev.spaced() && w.get(first - 2) != null
                        && (w.get(first - 2).isWord() || w.get(first - 2).isNumber())) {
                    return num.last() + 1; // COVID-19, F-16, 555-1234
                }
            }
            if (prev != null && prev.spaced() && prev.isWord() && !w.isTitleLine(first)) {
                if (DESIGNATORS.contains(prev.lower()) && !(prev.is("week") || prev.is("day") || prev.is("year")
                        || prev.is("term") || prev.is("part") || prev.is("km") || prev.is("mile"))
                        || prev.is("no") && prev.isCapitalized()) {
                    return num.last() + 1; // article 5, Flight 17, No 10
                }
                if (TokenWindow.hasUpperCase(prev) && !w.isSentenceStart(first - 1)
                        && !CalendarWords.isWeekday(prev.lower()) && !CalendarWords.isMonth(prev.lower())
                        && !isFunctionWord(prev.lower())) {
                    return num.last() + 1; // Resolution 2231, Boeing 737, Windows 11
                }
            }
            if (w.inLink(first)) {
                return num.last() + 1;
            }
            Token next = w.get(num.last() + 1);
            if (next != null && next.isNumber() && next.spaced() && !w.isTitleLine(first)) {
                int k = num.last() + 1;
                while (k < n && t.get(k).isNumber() && t.get(k).spaced()) {
                    k++;
                }
                return k; // 020 7946 0958: a phone number or a list of codes
            }
            if (next != null && !next.spaced() && (next.isSymbol(':') || next.isSymbol('/'))
                    && w.get(num.last() + 2) != null && t.get(num.last() + 2).isNumber()) {
                return num.last() + 3; // 10:30, 24/7, 15/03/2024
            }
        }
        if (tok.isNumber() && tok.lineStart() && currency == null && w.get(num.last() + 1) != null
                && (t.get(num.last() + 1).isSymbol('.') || t.get(num.last() + 1).isSymbol(')'))
                && !t.get(num.last() + 1).spaced() && w.get(num.last() + 2) != null && t.get(num.last() + 2).spaced()) {
            return num.last() + 2; // "1. First point": a list marker
        }
        if (tok.isNumber() && prev != null && (prev.is("at") || prev.is("from") || prev.is("until") || prev.is("to")
                || prev.is("till") || prev.is("by")) && looksLikeClock(tok) && !units.followedByUnit(first)) {
            return num.last() + 1; // at 9.30, from 10.15
        }
        if (num.words() && !num.ratio()) {
            if ((tok.isCapitalized() || tok.isAllCaps()) && !w.isSentenceStart(first) && !w.isTitleLine(first)) {
                return num.last() + 1; // Group of Seven, Formula One, the Big Three
            }
        }
        if (num.words() && (tok.is("a") || tok.is("an")) && !num.ratio() && !num.scaled() && num.value() != 12) {
            return num.last() + 1;
        }
        return -1;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "in", "on", "at", "by", "since", "until", "from", "the", "about", "around", "some", "over", "under",
            "nearly", "almost", "only", "just", "more", "fewer", "less", "up", "as", "of", "for", "and", "but",
            "or", "with", "after", "before", "during", "between", "to", "than", "roughly", "approximately", "an",
            "a", "all", "those", "these", "within", "below", "above", "exceeding", "estimated", "another", "its",
            "their", "his", "her", "our", "my", "your", "per", "least", "most", "every", "each", "both", "when",
            "while", "if", "although", "though", "because", "so", "then", "now", "still", "also", "even", "well",
            "exactly", "precisely", "including", "plus", "minus", "into", "through", "across", "among",
            "against", "without", "toward", "towards", "via", "like", "unlike", "beyond", "near", "outside",
            "inside", "upon", "onto", "out", "off", "down", "this", "that", "which", "what", "where", "who", "why",
            "how", "there", "here", "it", "they", "we", "he", "she", "you", "i", "top", "total");

    private static boolean isFunctionWord(String lower) {
        return FUNCTION_WORDS.contains(lower) || Hedges.BEFORE.containsKey(lower);
    }

    /** {@code one} as a pronoun or idiom: {@code no one}, {@code one of them}, {@code one day}. */
    private boolean isPronounOne(Num num, int spanStart) {
        if (!num.words() || num.value() != 1 || num.last() != num.first() || !t.get(num.first()).is("one")) {
            return false;
        }
        Token prev = w.get(num.first() - 1);
        Token next = w.get(num.last() + 1);
        if (prev != null && prev.isWord() && PRONOUN_ONE_BEFORE.contains(prev.lower())) {
            return true;
        }
        if (next == null || !next.isWord()) {
            // one. one, one" : a pronoun unless a hedge makes it a count (at least one.)
            return Hedges.before(w, spanStart) == Qualifier.EXACT;
        }
        if (next.is("day") || next.is("time")) {
            return !(prev != null && DURATION_LEADS.contains(prev.lower()));
        }
        return PRONOUN_ONE_AFTER.contains(next.lower()) || next.lower().endsWith("ly") || next.lower().endsWith("ed");
    }

    /** {@code 9.30}, {@code 23.45}: hours and minutes written with a point. */
    private static boolean looksLikeClock(Token tok) {
        String s = tok.text();
        int dot = s.indexOf('.');
        if (dot < 1 || dot > 2 || s.length() - dot != 3 || s.indexOf(',') >= 0) {
            return false;
        }
        int hours = Integer.parseInt(s.substring(0, dot));
        int minutes = Integer.parseInt(s.substring(dot + 1));
        return hours <= 24 && minutes < 60;
    }

    private boolean isClockTime(Num num, int last) {
        Token next = w.get(last + 1);
        if (next == null || !next.isWord()) {
            return false;
        }
        if (CLOCK_WORDS.contains(next.lower()) && !(next.is("hours") || next.is("hrs") || next.is("h"))) {
            return num.value() <= 24;
        }
        // 5 a.m., 7 p.m.
        return (next.is("a") || next.is("p")) && w.get(last + 2) != null && t.get(last + 2).isSymbol('.')
                && !t.get(last + 2).spaced() && w.is(last + 3, "m");
    }

    private boolean scoreContext(int first, int second) {
        for (int b = Math.max(0, first - 3); b <= Math.min(n - 1, second + 2); b++) {
            if (SCORE_WORDS.contains(t.get(b).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean adjacentLetterAfter(int last) {
        Token next = w.get(last + 1);
        return next != null && !next.spaced() && (next.isWord() || next.isNumber());
    }

    // ---------------------------------------------------------------- hedges

    private boolean hedgedBefore(int i) {
        return Hedges.before(w, i) != Qualifier.EXACT;
    }

    private boolean isHedgeAfterDash(int k) {
        return w.is(k, "plus") || w.is(k, "odd");
    }

    // ---------------------------------------------------------------- durations without a number

    /** {@code a day}, {@code an hour}, {@code a year}: one unit, unless it is a rate ({@code twice a day}). */
    private int indefiniteDuration(int i) {
        Token unit = w.get(i + 1);
        if (unit == null || !unit.spaced() || !INDEFINITE_UNITS.contains(unit.lower())) {
            return -1;
        }
        Token prev = w.get(i - 1);
        // a rate, not a duration: $5 a day, 2m barrels a day, three meals a day, twice a year
        boolean rate = lastFigureEnd == i || lastFigureEnd == i - 1 && prev != null && prev.isWord()
                && MeasuredNoun.isPlural(prev.lower());
        boolean relative = w.is(i + 2, "earlier") || w.is(i + 2, "later") || w.is(i + 2, "ago") || w.is(i + 2, "before")
                || w.is(i + 2, "after");
        if (!relative && (rate || prev != null && (prev.isNumber() || RATE_WORDS.contains(prev.lower())))) {
            return -1;
        }
        Token after = w.get(i + 2);
        if (after != null && (after.isDash() && !after.spaced() || after.is("or") || after.is("and")
                || after.isSymbol('\'') || after.isSymbol('’'))) {
            return -1; // a year-long war, a day or two, a year and a half, a day's work
        }
        int[] end = new int[1];
        UnitLexicon.UnitDef def = units.unitAt(i + 1, end, false, false);
        if (def == null || def.kind() != FigureKind.DURATION) {
            return -1;
        }
        UnitConversions.Normalized norm = UnitConversions.toBase(1, def.code()).orElseThrow();
        String measured = null;
        FigureMatch m = new FigureMatch(t.get(i).begin(), unit.end(), FigureKind.DURATION, 1, null, def.code(),
                Hedges.before(w, i), norm.value(), norm.unit(), measured, CONF_INDEFINITE);
        add(m, i + 2);
        return i + 2;
    }

    // ---------------------------------------------------------------- what is measured

    private String measured(FigureKind kind, int k, boolean modifies, double value) {
        if (w.is(k, ")")) {
            k++;
        } else if (w.is(k, "(")) {
            int close = k + 1;
            while (close < n && close < k + 16 && !t.get(close).is(")")) {
                close++;
            }
            if (close < n && t.get(close).is(")")) {
                k = close + 1;
            }
        }
        switch (kind) {
            case COUNT:
                return MeasuredNoun.counted(t, k, value == 1);
            case PERCENT:
            case RATIO:
                return w.is(k, "of") ? MeasuredNoun.ofPhrase(t, k) : MeasuredNoun.modified(t, k);
            case MEASURE:
                return w.is(k, "of") ? MeasuredNoun.ofPhrase(t, k) : modifies ? MeasuredNoun.modified(t, k) : null;
            case MONEY:
                if (w.is(k, "worth") && w.is(k + 1, "of")) {
                    return MeasuredNoun.ofPhrase(t, k + 1);
                }
                if ((w.is(k, "of") || w.is(k, "in")) && w.get(k + 1) != null && !t.get(k + 1).isCapitalized()) {
                    return MeasuredNoun.ofPhrase(t, k + 1);
                }
                return MeasuredNoun.modified(t, k);
            case DURATION:
                return modifies ? MeasuredNoun.modified(t, k) : null;
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- output

    private void add(FigureMatch m, int endToken) {
        if (!out.isEmpty() && out.get(out.size() - 1).end() > m.begin()) {
            return;
        }
        out.add(m);
        lastFigureEnd = endToken;
    }

    /**
     * A figure in brackets right after another restates it in other units ({@code 701 sq km (270 square miles)}):
     * both share the hedge and what they measure.
     */
    private void linkParentheticals() {
        for (int k = 1; k < out.size(); k++) {
            FigureMatch a = out.get(k - 1);
            FigureMatch b = out.get(k);
            if (!text.substring(a.end(), b.begin()).strip().equals("(") || a.kind() == FigureKind.DATE) {
                continue;
            }
            if (b.qualifier() == Qualifier.EXACT && a.qualifier() != Qualifier.EXACT) {
                b = b.withQualifier(a.qualifier());
            }
            if (b.measured() == null && a.measured() != null) {
                b = b.withMeasured(a.measured());
            } else if (a.measured() == null && b.measured() != null) {
                out.set(k - 1, a.withMeasured(b.measured()));
            }
            out.set(k, b);
        }
    }

    /** {@code between $2bn and $3bn}: the first is a lower bound, the second an upper bound. */
    private void linkBetween() {
        for (int k = 1; k < out.size(); k++) {
            FigureMatch a = out.get(k - 1);
            FigureMatch b = out.get(k);
            if (a.kind() == FigureKind.DATE || a.qualifier() != Qualifier.EXACT || b.qualifier() != Qualifier.EXACT
                    || !text.substring(a.end(), b.begin()).strip().equals("and")) {
                continue;
            }
            String before = text.substring(Math.max(0, a.begin() - 9), a.begin()).stripTrailing();
            if (before.endsWith(" between") || before.endsWith("Between") || before.equals("between")) {
                out.set(k - 1, a.withQualifier(Qualifier.AT_LEAST));
                out.set(k, b.withQualifier(Qualifier.AT_MOST));
            }
        }
    }

    /** Verbs that show a count standing for its noun: {@code 35 were killed}, {@code 6,000 have been sent}. */
    private static final Set<String> NOUN_STANDING_VERBS = Set.of(
            "were", "was", "have", "has", "had", "are", "is", "died", "remain", "remained", "will", "would",
            "could", "may", "might", "live", "lived", "fled", "returned", "went", "came", "stayed", "survived",
            "managed", "received", "got", "did", "do");

    private boolean standsForNoun(int k) {
        return w.get(k) != null && NOUN_STANDING_VERBS.contains(t.get(k).lower())
                || w.is(k, "of") && (w.is(k + 1, "them") || w.is(k + 1, "whom"));
    }

    /**
     * A count that stands for its noun takes what the closest count before it in the same paragraph counts:
     * {@code more than 19,000 children have been taken; at least 6,000 have been placed} (both children).
     */
    private void linkElliptic() {
        for (int k : elliptic) {
            FigureMatch m = out.get(k);
            for (int b = k - 1; b >= 0; b--) {
                FigureMatch before = out.get(b);
                if (m.begin() - before.end() > 300 || text.substring(before.end(), m.begin()).contains("\n\n")) {
                    break;
                }
                if (before.kind() == FigureKind.COUNT && before.measured() != null) {
                    out.set(k, m.withMeasured(before.measured()));
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- token helpers

    static double parseDigits(String s) {
        return Double.parseDouble(s.indexOf(',') >= 0 ? s.replace(",", "") : s);
    }

    static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
