package io.concord.annotator.figures.recognition;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.Interruption;
import io.concord.language.UnitConversions;

/**
 * One left-to-right pass over the tokens of one document. At each token it tries, in order, a date
 * ({@link DateReader}), a money amount with a currency sign, a duration without a number
 * ({@link IndefiniteDurationReader}) and a number ({@link NumberReader}) with what follows it (range, multiplier,
 * unit, currency, percent, ratio: {@link RangeRatioReader}, {@link UnitReader}), what precedes it ({@link Hedges})
 * and what it measures ({@link MeasuredReader}). Numbers that are no figures ({@link NonFigureFilter}) consume
 * their tokens so that the pieces are not read again. Afterwards, figures that restate or complete each other are
 * linked ({@link FigureLinker}).
 */
final class FigureScanner {
    private static final double CONF_WITH_UNIT = 0.95;
    private static final double CONF_DIGITS = 0.85;
    private static final double CONF_WORDS = 0.8;
    private static final double CONF_ONE = 0.6;

    private final String text;
    private final List<Token> t;
    private final int n;
    private final FigureRecognizer.Options options;
    private final TokenWindow w;
    private final UnitReader units;
    private final DateReader dates;
    private final NumberReader numbers;
    private final RangeRatioReader ranges;
    private final NonFigureFilter nonFigures;
    private final MeasuredReader measuredReader;
    private final IndefiniteDurationReader indefinite;
    private final ClockDurationReader clocks;
    private final DayReferences days;
    private final FigureLinker linker;
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
        this.numbers = new NumberReader(w, units);
        this.ranges = new RangeRatioReader(w, units, numbers);
        this.nonFigures = new NonFigureFilter(w, units);
        this.measuredReader = new MeasuredReader(w);
        this.indefinite = new IndefiniteDurationReader(w, units);
        this.clocks = new ClockDurationReader(w);
        this.days = new DayReferences(w, dates);
        this.linker = new FigureLinker(text);
    }

    List<FigureMatch> scan() {
        int i = 0;
        while (i < n) {
            if ((i & 255) == 0) {
                Interruption.check();
            }
            int next = at(i);
            i = Math.max(next, i + 1);
        }
        linker.link(out, elliptic);
        DocumentReadings.apply(text, out);
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
        int holiday = days.holiday(i);
        if (holiday > i) {
            return holiday;
        }
        int prefixEnd = units.currencyPrefix(i);
        if (prefixEnd > i) {
            return number(i, prefixEnd, UnitLexicon.CURRENCY_PREFIXES.getOrDefault(w.joined(i, prefixEnd),
                    t.get(i).text()));
        }
        if ((tok.is("a") || tok.is("an")) && options.indefiniteDurations()) {
            FigureMatch duration = indefinite.at(i, lastFigureEnd);
            if (duration != null) {
                int end = i + 1;
                while (t.get(end).end() < duration.end()) {
                    end++; // a year and a half runs past the unit
                }
                add(duration, end + 1);
                return end + 1;
            }
        }
        if (NumberWords.isCardinal(tok.lower()) || tok.is("a") || tok.is("an") || tok.is("half")) {
            return number(i, i, null);
        }
        int multiple = ranges.multiple(i);
        if (multiple > 0) {
            add(new FigureMatch(tok.begin(), tok.end(), FigureKind.RATIO, multiple, null, null, Hedges.before(w, i),
                    null, null, null, CONF_WORDS), i + 1);
        }
        return i + 1;
    }

    private int atNumber(int i, Token tok) {
        FigureMatch clock = clocks.at(i);
        if (clock != null) {
            add(clock, i + 5);
            return i + 5;
        }
        int ordinal = days.ordinalDay(i);
        if (ordinal > i) {
            return ordinal;
        }
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

    /**
     * Reads a figure whose span starts at {@code spanStart} and whose number starts at {@code numStart}
     * ({@code spanStart < numStart} when a currency sign comes first).
     */
    private int number(int spanStart, int numStart, String prefixCurrency) {
        NumberReader.Num num = numbers.parseNumber(numStart);
        if (num == null) {
            return numStart + 1;
        }
        int reject = nonFigures.rejectNumber(spanStart, num, prefixCurrency);
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
            // (-43.2F): a sign right after an opening bracket is no range dash either
            Token before = w.get(num.first() - 2);
            boolean opens = before != null && (before.isSymbol('(') || before.isSymbol('['));
            if ((sign.is("minus") || sign.is("negative")) && !glued
                    || (sign.isSymbol('−') || sign.isSymbol('-')) && glued && (sign.spaced() || opens)) {
                value = -value;
                spanStart = num.first() - 1;
            }
        }
        boolean scaled = num.scaled();

        // 5-6, 20–25: one figure for the range, valued at its middle
        if (!num.words() && !num.ratio() && ranges.dashRangeFollows(last)) {
            if (nonFigures.scoreContext(spanStart, last + 2) && !units.followedByUnit(last + 2)) {
                return last + 3;
            }
            double hi = NumberReader.parseDigits(t.get(last + 2).text());
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
                    if (s.is("lakh") && w.is(last + 1, "crore")) {
                        value *= NumberWords.SCALES.get("crore"); // 3.5 lakh crore: 3.5 * 10^12
                        last++;
                    }
                } else if (!num.words() && (scale = NumberWords.ABBREVIATED_SCALES.get(s.lower())) != null
                        && units.abbreviatedScaleApplies(s, last + 1, currency)) {
                    value *= scale;
                    last++;
                    scaled = true;
                }
            } else if (currency != null && w.dashJoined(last + 1) && w.get(last + 2) != null
                    && !t.get(last + 2).spaced() && NumberWords.SCALES.containsKey(t.get(last + 2).lower())
                    && NumberWords.SCALES.get(t.get(last + 2).lower()) >= 1e6) {
                value *= NumberWords.SCALES.get(t.get(last + 2).lower()); // $1.2-billion, as Canadian papers write it
                last += 2;
                scaled = true;
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
                value = NumberReader.round4(value);
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
            } else if (dashForm && !num.words() && MeasuredNoun.countedAfterDash(t.get(unitStart))) {
                last = unitStart; // a 350-seat hall, a 14-bed ward: one expression (a two-state solution is none)
            } else {
                dashForm = false;
            }
        }
        if ((kind == FigureKind.MONEY || kind == FigureKind.PERCENT) && !range && !num.words() && num.value() > 0) {
            // €10m-€12m, $20bn–$25bn, €300m-400m, 5%-7%: one figure for the range, as 5-7% is
            double[] upper = ranges.upperBound(last + 1, kind, unit, value / num.value());
            if (upper != null && upper[1] > value) {
                stated = new FigureMatch.Range(value, upper[1]);
                value = (value + upper[1]) / 2;
                last = (int) upper[0];
                range = true;
            }
        }
        if ((kind == FigureKind.COUNT || kind == FigureKind.MONEY && currency != null) && !num.ratio() && !range) {
            // 5 to 10 per cent, between 5 and 6 million, $2 to $3 billion: the second figure's unit is shared;
            // 2 billion to 3 billion dollars: a first figure with its own multiplier takes only the unit
            RangeRatioReader.Shared shared = ranges.sharedUnit(last + 1);
            if (shared != null && scaled && shared.def() == null && shared.currency() == null) {
                shared = null;
            }
            if (shared != null) {
                if (!scaled) {
                    value *= shared.scale();
                    scaled = shared.scale() != 1;
                }
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
                && t.get(last + 2).isWord() && !t.get(last + 2).spaced() && !Hedges.afterDash(w, last + 2);
        if (kind == FigureKind.COUNT && !num.words() && nonFigures.adjacentLetterAfter(last)) {
            return last + 2; // 5G, 3D, 747s, 21st
        }
        if (kind == FigureKind.COUNT && num.words() && w.dashJoined(last + 1) && w.get(last + 2) != null
                && t.get(last + 2).isWord() && !Hedges.afterDash(w, last + 2) && !ranges.dashedRatio(last + 1)) {
            return last + 3; // two-state solution, one-sided, three-time champion
        }
        if (kind == FigureKind.COUNT && nonFigures.isClockTime(num, last)) {
            return last + 2;
        }

        int tally = kind == FigureKind.COUNT && !range && !scaled && !num.ratio()
                ? nonFigures.tallyEnd(spanStart, num.first(), last, value) : -1;
        if (tally > 0) {
            return tally;
        }
        // voted seven to two, won 3 to 1: a tally, not two figures
        if (kind == FigureKind.COUNT && !range && !scaled && !num.ratio() && w.is(last + 1, "to")) {
            NumberReader.Num second = numbers.parseNumber(last + 2);
            if (second != null && !second.ratio() && !second.scaled() && !units.followedByUnit(second.last() + 1)
                    && !NumberWords.SCALES.containsKey(lowerAt(second.last() + 1))
                    && (w.get(second.last() + 1) == null || !w.get(second.last() + 1).isWord()
                        || NonFigureFilter.isFunctionWord(lowerAt(second.last() + 1))) // not: lost 5 to 10 jobs
                    && nonFigures.scoreContext(spanStart, last + 2)) {
                return second.last() + 1;
            }
        }

        // 11 times the average wage, 40 times faster, by 31 times: a multiple; 9 times since May stays a count
        if (kind == FigureKind.COUNT && !range && !num.ratio() && w.is(last + 1, "times")
                && (w.is(spanStart - 1, "by") || RangeRatioReader.MULTIPLE_NEXT.contains(lowerAt(last + 2))
                        || lowerAt(last + 2).endsWith("er") && w.is(last + 3, "than"))) {
            kind = FigureKind.RATIO;
            last++;
        }

        // one in five, three out of four; one pound in every four: a share of money spent
        boolean inRatio = false;
        boolean moneyShare = kind == FigureKind.MONEY && num.words() && num.value() == 1 && !scaled
                && w.is(last + 1, "in") && w.is(last + 2, "every");
        if ((kind == FigureKind.COUNT || moneyShare) && !range) {
            int[] ratioEnd = new int[1];
            double denominator = ranges.ratioDenominator(last + 1, ratioEnd);
            Token noun = w.get(last + 1);
            if (denominator == 0 && value == 1 && noun != null && noun.isWord() && !noun.isCapitalized()
                    && w.is(last + 2, "in")) {
                // one farm in five: the counted noun sits inside the ratio; nine goals in 11 games are two counts
                denominator = ranges.ratioDenominator(last + 2, ratioEnd);
                denominator = denominator < 1000 ? denominator : 0;
            }
            if (denominator > value && value > 0) {
                kind = FigureKind.RATIO;
                unit = null;
                value = NumberReader.round4(value / denominator);
                last = ratioEnd[0];
                inRatio = true;
            }
        }
        if (num.ratio()) {
            value = NumberReader.round4(value);
        }

        if (kind == FigureKind.COUNT && nonFigures.isPronounOne(num, spanStart)) {
            return last + 1;
        }

        if (!Double.isFinite(value)) {
            return last + 1;
        }
        Qualifier qualifier = range ? Qualifier.APPROX : Hedges.before(w, spanStart);
        int hedgeStart = range ? spanStart : Hedges.start(w, spanStart);
        boolean bounded = kind == FigureKind.MEASURE || kind == FigureKind.PERCENT || kind == FigureKind.MONEY;
        if (hedgeStart == spanStart - 1 && (kind == FigureKind.DURATION && Hedges.isPeriodPreposition(w, hedgeStart)
                || !bounded && w.is(hedgeStart, "within")
                || kind == FigureKind.COUNT && Hedges.isPrepositionBeforeSmallCount(w, hedgeStart, num))) {
            qualifier = Qualifier.EXACT; // over 72 weeks: the period of the fact, not more than 72 weeks
            hedgeStart = spanStart;
        }
        if (kind == FigureKind.MONEY && qualifier == Qualifier.EXACT && Hedges.isStartingPrice(w, spanStart, last)) {
            qualifier = Qualifier.AT_LEAST; // rooms cost from £45: £45 or more
        }
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
                : measuredReader.measured(kind, last + 1, dashForm || singularUnit && kind == FigureKind.DURATION,
                        value);
        if (kind == FigureKind.COUNT && compound) {
            measured = t.get(last + 2).lower(); // a 28-nation bloc, a 10-point plan
        }
        if (measured == null && kind != FigureKind.DURATION && !measuredReader.standsForNoun(last + 1)) {
            measured = MeasuredNoun.before(t, Hedges.start(w, spanStart));
        }
        FigureMatch m = new FigureMatch(t.get(spanStart).begin(), t.get(last).end(), kind, value, null, unit,
                qualifier, normalizedValue, normalizedUnit, measured, confidence, stated, hedge);
        add(m, last + 1);
        if (kind == FigureKind.COUNT && measured == null && measuredReader.standsForNoun(last + 1)) {
            elliptic.add(out.size() - 1);
        }
        return last + 1;
    }

    private String lowerAt(int k) {
        Token tok = w.get(k);
        return tok == null ? "" : tok.lower();
    }

    // ---------------------------------------------------------------- output

    private void add(FigureMatch m, int endToken) {
        if (!out.isEmpty() && out.get(out.size() - 1).end() > m.begin()) {
            return;
        }
        out.add(m);
        lastFigureEnd = endToken;
    }

}
