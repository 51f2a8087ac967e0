package io.concord.conflicts.dates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.Linker;
import io.concord.conflicts.text.Synonyms;
import io.concord.conflicts.text.Token;
import io.concord.language.ReportingVerbs;

/**
 * Dates of one event found by where they stand in their reports rather than by the words around them: two
 * reports of a story tell its main event in other words ("made landfall" / "struck the coast", "ran aground" /
 * "was grounded"), so their date contexts may share too few words. Two such dates are
 * <ul>
 * <li>the lead dates: each the only event date of its report's first sentence after the dateline (or, without
 *     one, after the headline: a feature's opening sentence), with no other
 *     day told there relative to it ("since a tunnel caved in a day earlier"), neither a plan, and both told at a
 *     point or both as a period's start (a date in a relative clause, ", which began on Thursday,", is not the
 *     lead's);</li>
 * <li>the plan dates: each report's dates still to come (a deadline, an opening, a first strike day) all agree
 *     with one another, so the report names one plan date; compared at the coarser grain when one is a day and
 *     the other a month ("until March 31, 2027" / "until the end of September 2027").</li>
 * </ul>
 * Two dates each followed by a description of what happened then, in mostly the same words, are also one event's
 * ({@link #describedAlike}). Such a link outranks a link made by context alone, and still needs some shared
 * context word (or two deadlines), and nothing that makes the two dates different events.
 */
final class EventLinks {
    /** Added to the context similarity of a link by position, so that the linker takes it first. */
    static final double BY_POSITION = 1.0;
    /** Least context similarity of two lead or plan dates: some word or name of the event shared. */
    static final double MIN_CONTEXT = 0.05;
    /** Added when a word near one date and another word near the other share a sense ("ran aground", "grounded"). */
    static final double SENSE_BONUS = 0.1;
    /** Words on each side of a date, within its clause, read for a shared sense. */
    /** Characters between two annotations of one date ("Tuesday, November 24"). */
    private static final int ONE_EXPRESSION_GAP = 3;
    private static final String DEADLINES = "deadlines";

    private EventLinks() {}

    /**
     * Links between the lead dates, the start dates and the plan dates of every two reports of a story, compared
     * once per two groups of reports told alike ({@link AlikeReports}).
     */
    static List<Linker.Link> links(List<DateRule.Item> items, SenseWindows senses, WordLinks byWords) {
        List<List<Integer>> byReport = byReport(items);
        AlikeReports.Positioned[] reports = new AlikeReports.Positioned[byReport.size()];
        for (int d = 0; d < reports.length; d++) {
            List<Integer> own = byReport.get(d);
            int lead = lead(items, own);
            reports[d] = new AlikeReports.Positioned(lead, lead < 0 ? Map.of() : leadPlaces(items.get(lead)),
                    starts(items, own), plans(items, own), onePlan(items, prospective(items, own)).size() == 1);
        }
        List<List<Integer>> groups = AlikeReports.group(items, reports);
        List<Linker.Link> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> copies = groups.get(g);
            if (copies.size() > 1) {
                // each copy linked to the next as the first two link: the same clusters as every pair of copies
                List<List<Integer>> dates = copies.stream().map(c -> reports[c].dates()).toList();
                for (Linker.Link l : link(items, senses, byWords, reports[copies.get(0)], reports[copies.get(1)])) {
                    int a = dates.get(0).indexOf(l.a());
                    int b = dates.get(1).indexOf(l.b());
                    for (int k = 1; k < copies.size(); k++) {
                        out.add(new Linker.Link(dates.get(k - 1).get(a), dates.get(k).get(b), l.score()));
                    }
                }
            }
            for (int h = g + 1; h < groups.size(); h++) {
                out.addAll(link(items, senses, byWords, reports[copies.get(0)], reports[groups.get(h).get(0)]));
            }
        }
        return out;
    }

    /** The links by position between the dates of two reports. */
    private static List<Linker.Link> link(List<DateRule.Item> items, SenseWindows senses, WordLinks byWords,
                                          AlikeReports.Positioned x, AlikeReports.Positioned y) {
        List<Linker.Link> out = new ArrayList<>();
        if (x.lead() >= 0 && y.lead() >= 0 && !otherPlaces(x.leadPlaces(), y.leadPlaces())) {
            double s = DateRule.similarity(items.get(x.lead()), items.get(y.lead()));
            // a lead whose words pair it more closely with another date of the other report is that date's
            if (!byWords.closerElsewhere(x.lead(), y.lead(), s) && !byWords.closerElsewhere(y.lead(), x.lead(), s)
                    && !Aftermaths.either(items.get(x.lead()), items.get(y.lead()))) {
                // two leads whose words share nothing may still tell one event when the headlines above them
                // name it alike ("Bus plunges into ravine" / "bus falls off mountain road")
                link(items, senses, x.lead(), y.lead(), false, false,
                        Headlines.shareAWord(items.get(x.lead()), items.get(y.lead())) ? SENSE_BONUS : 0, out);
            }
        }
        for (Map.Entry<String, List<Integer>> pool : x.starts().entrySet()) {
            for (int i : pool.getValue()) {
                for (int j : y.starts().getOrDefault(pool.getKey(), List.of())) {
                    linkStarts(items, i, j, out);
                }
            }
        }
        for (Map.Entry<String, List<Integer>> pool : x.plans().entrySet()) {
            for (int i : pool.getValue()) {
                for (int j : y.plans().getOrDefault(pool.getKey(), List.of())) {
                    link(items, senses, i, j, true, x.onePlan() && y.onePlan(), 0, out);
                }
            }
        }
        return out;
    }

    /** The indices of each report's dates, in order. */
    private static List<List<Integer>> byReport(List<DateRule.Item> items) {
        int docs = items.stream().mapToInt(DateRule.Item::doc).max().orElse(-1) + 1;
        List<List<Integer>> out = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < items.size(); i++) {
            out.get(items.get(i).doc()).add(i);
        }
        return out;
    }

    /** Words two descriptions of what happened at a date share, at least, to be one event. */
    private static final int DESCRIPTION_WORDS = 2;
    private static final double DESCRIPTION_SHARE = 0.6;

    /**
     * Whether both dates are told as the day the same thing happened ("backdated to May 4, when inspectors shut
     * the mill", "runs from May 14, the day on which inspectors shut the mill"): most words of the shorter
     * description recur.
     */
    static boolean describedAlike(DateRule.Item a, DateRule.Item b) {
        Set<String> x = DateReading.description(a.view(), a.date());
        Set<String> y = DateReading.description(b.view(), b.date());
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return shared.size() >= DESCRIPTION_WORDS && shared.size() >= DESCRIPTION_SHARE * Math.min(x.size(), y.size());
    }

    /**
     * Links two lead or plan dates that nothing sets apart; {@code plans} when both are plans, {@code sole}
     * when each is the one plan of its whole report, which needs no shared word.
     */
    private static void link(List<DateRule.Item> items, SenseWindows senses, int i, int j, boolean plan, boolean sole,
                             double bonus, List<Linker.Link> out) {
        DateRule.Item a = items.get(i);
        DateRule.Item b = items.get(j);
        // a lead told at a point ("on Tuesday") and one told as a period from its start ("on strike since March
        // 13") date two moments of the story: position alone does not make them one
        if (!plan && (a.value().granularity() != b.value().granularity() || !Objects.equals(a.bound(), b.bound()))) {
            return;
        }
        if (DateRule.differentEvents(a, b)) {
            return;
        }
        double s = DateRule.similarity(a, b) + Math.max(bonus, senses.sameSense(i, j) ? SENSE_BONUS : 0);
        // two reports that each name one plan date name the same plan ("the first strike day")
        if (s >= MIN_CONTEXT || sole) {
            out.add(new Linker.Link(i, j, BY_POSITION + s));
        }
    }

    /**
     * Links the start dates of two reports ("refits will begin on June 14", "until refits start on June 21";
     * "since March 2023" / "since March 2022") when their contexts share a word of the event (a shared sense
     * alone also joins two periods of one story: "protests since May", "demands since June"), and
     * nothing sets them apart: the start of one plan or period told with other verbs.
     */
    private static void linkStarts(List<DateRule.Item> items, int i, int j, List<Linker.Link> out) {
        DateRule.Item a = items.get(i);
        DateRule.Item b = items.get(j);
        if (DateRule.differentEvents(a, b) || !DateRule.shareAnEventWord(a, b)) {
            return;
        }
        out.add(new Linker.Link(i, j, BY_POSITION + DateRule.similarity(a, b)));
    }

    /**
     * The start dates of report {@code d} by grain: dates a period runs from ("since", "from") or that something
     * begins on ("will begin on"), kept for a grain only when all of that grain agree (one start told).
     */
    private static Map<String, List<Integer>> starts(List<DateRule.Item> items, List<Integer> own) {
        Map<String, List<Integer>> pools = new HashMap<>();
        for (int i : own) {
            DateRule.Item it = items.get(i);
            if (("from".equals(it.bound()) || it.bound() == null && "start".equals(it.phase())
                    && DateReading.beginning(it.view(), it.date()))) {
                pools.computeIfAbsent(it.value().granularity().name(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Integer>> out = new HashMap<>();
        pools.forEach((pool, members) -> {
            List<Integer> one = onePlan(items, members);
            if (!one.isEmpty()) {
                out.put(pool, one);
            }
        });
        return out;
    }

    /**
     * The date of the lead event of report {@code d}: the only date (one expression) of its first sentence after
     * the dateline, not a plan, with no other day told relative to it; -1 if there is none.
     */
    static int lead(List<DateRule.Item> items, int d) {
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).doc() == d) {
                own.add(i);
            }
        }
        return lead(items, own);
    }

    /** The lead date among a report's dates {@code own}, as {@link #lead(List, int)}. */
    private static int lead(List<DateRule.Item> items, List<Integer> own) {
        int found = -1;
        DateRule.Item last = null;
        for (int i : own) {
            DateRule.Item it = items.get(i);
            int start = Headlines.storyStart(it.view());
            if (start < 0 || it.date().begin() < start || it.sentence()[0] > start || it.sentence()[1] <= start
                    || DateReading.relativeClause(it.view(), it.date()) != null) {
                continue; // ", which began on Thursday,": a date of what the lead names, not of the lead's event
            }
            if (last != null && !oneExpression(last, it)) {
                return -1; // two events dated in the lead
            }
            if (it.prospective() || DateReading.relativeDay(it.view(), it.sentence()[0], it.sentence()[1])
                    || DateReading.coordinatedBefore(it.view(), start, it.date())) {
                return -1;
            }
            if (found < 0 || specificity(it) > specificity(items.get(found))) {
                found = i;
            }
            last = it;
        }
        return found;
    }

    /**
     * The plan dates of report {@code d} by kind (its days, months, years, and its deadlines of any grain): its
     * dates still to come after the dateline, kept for a kind only when all of that kind agree.
     */
    private static Map<String, List<Integer>> plans(List<DateRule.Item> items, List<Integer> own) {
        Map<String, List<Integer>> pools = new HashMap<>();
        for (int i : prospective(items, own)) {
            DateRule.Item it = items.get(i);
            pools.computeIfAbsent(it.value().granularity().name(), k -> new ArrayList<>()).add(i);
            if ("to".equals(it.bound())) {
                pools.computeIfAbsent(DEADLINES, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Integer>> out = new HashMap<>();
        pools.forEach((pool, members) -> {
            List<Integer> one = onePlan(items, members);
            if (!one.isEmpty()) {
                out.put(pool, one);
            }
        });
        return out;
    }

    /** The dates of report {@code d} still to come, after its dateline (a headline's are restated). */
    private static List<Integer> prospective(List<DateRule.Item> items, List<Integer> own) {
        List<Integer> out = new ArrayList<>();
        for (int i : own) {
            DateRule.Item it = items.get(i);
            int[] dateline = it.view().dateline();
            if (it.prospective() && (dateline == null || it.date().begin() >= dateline[1])) {
                out.add(i);
            }
        }
        return out;
    }

    /** The members if they name one date ("Tuesday, November 24" as its most specific part), else none. */
    private static List<Integer> onePlan(List<DateRule.Item> items, List<Integer> members) {
        List<Integer> out = new ArrayList<>();
        for (int i : members) {
            DateRule.Item it = items.get(i);
            for (int j : out) {
                if (!items.get(j).value().compatible(it.value())) {
                    return List.of(); // two plans or more: which is which is for the words to tell
                }
            }
            int last = out.isEmpty() ? -1 : out.get(out.size() - 1);
            if (last >= 0 && oneExpression(items.get(last), it)) {
                if (specificity(it) > specificity(items.get(last))) {
                    out.set(out.size() - 1, i);
                }
                continue;
            }
            out.add(i);
        }
        return out;
    }

    /**
     * Whether the headlines and lead sentences of two reports place their lead events in different places of one
     * kind (two cities, say, whatever countries they share): two rounds of talks, in Geneva and elsewhere.
     */
    private static boolean otherPlaces(Map<String, Set<String>> pa, Map<String, Set<String>> pb) {
        for (Map.Entry<String, Set<String>> e : pa.entrySet()) {
            Set<String> other = pb.get(e.getKey());
            if (other != null && Collections.disjoint(e.getValue(), other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The places of a report's headline and lead by kind, its dateline's left out: a dateline says where the
     * report was filed (a capital's bureau, or the scene), not where the event was.
     */
    private static Map<String, Set<String>> leadPlaces(DateRule.Item it) {
        Map<String, Set<String>> out = new HashMap<>();
        for (DocumentView.Entity e : it.view().entities()) {
            String kind = e.record().string("kind");
            if (e.feature().startsWith(DocumentView.PLACE) && kind != null && e.end() <= it.sentence()[1]
                    && !it.view().inDateline(e.begin(), e.end())) {
                out.computeIfAbsent(kind, k -> new HashSet<>()).add(e.feature());
            }
        }
        return out;
    }


    private static boolean oneExpression(DateRule.Item a, DateRule.Item b) {
        return b.date().begin() - a.date().end() <= ONE_EXPRESSION_GAP && a.value().compatible(b.value());
    }

    private static int specificity(DateRule.Item it) {
        Timex t = it.value();
        return (t.year() != null ? 4 : 0) + (t.month() != null ? 2 : 0) + (t.day() != null ? 2 : 0)
                + (t.weekday() != null ? 1 : 0);
    }
}
