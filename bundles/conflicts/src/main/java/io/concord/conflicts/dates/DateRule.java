package io.concord.conflicts.dates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.conflicts.claims.Versions;
import io.concord.conflicts.claims.TimeAgo;
import io.concord.conflicts.text.Bag;
import io.concord.conflicts.text.Candidates;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.DocumentViews;
import io.concord.conflicts.text.Linker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The same event dated differently: {@code Thursday} against {@code March 15, 2024} (a Friday), or
 * {@code 2022} against {@code 2023}. Dates are paired by the event around them (words, people, places
 * near the date, and the rest of its clause at a lower weight: two reports rarely word the few words beside a
 * date alike, "won the marathon on Saturday" against "set a course record to win the marathon on Sunday"). The
 * words must include one of the event itself, not only names of where and who. Dates of reporting ("said on
 * Wednesday", the dateline's "LEEDS, July 22 -") are left out: outlets publish on different days; so are the
 * dateline's words and a trailing "..., police said" from a date's context. Dates whose words differ are also
 * paired by where they stand ({@link EventLinks}): the lead event's date, and each report's one plan date. Two
 * mentions are taken as different events, not a contradiction, when they are located in different places, when
 * one dates a start and the other an end ("talks began on Monday", "ended on Friday"), or when each names a
 * participant the other report never mentions. Contexts a little less alike still pair when two of their words
 * share a sense ("hit" / "struck"), and less alike still when both dates hang on one verb or on verbs of one sense
 * ({@link EventVerbs}: "a tanker that sank off Mindoro on Monday", "the tanker sank on February 29"). A bare
 * weekday is read as the calendar dates it can be in its report ({@link ReportDays}) before it is compared with a
 * date. A date whose own clause says little takes the words of the clause after it that tells what happened then
 * ("the order came on Friday evening, when ..."). When a report states the story's year ({@link StoryYear}), a
 * number of years ago is compared as the calendar year it is, and a month and day as the weekday it falls on.
 * A time of day told with a date is compared as a span of that day ({@link TimesOfDay}): "shortly after 2 p.m."
 * and "late in the morning" of one day disagree, "late on Monday" and "shortly before midnight" agree.
 */
@Component(service = ConflictRule.class, configurationPid = DateRule.PID)
@Designate(ocd = DateRule.Config.class)
public final class DateRule implements ConflictRule {
    static final String PID = "io.concord.conflicts.dates";
    private static final int WINDOW = 10;
    private static final double DECAY = 4.0;
    private static final double ENTITY_WEIGHT = 1.5;
    private static final int PLACE_WINDOW = 8;
    private static final int INDEX_FEATURES = 8;
    /** Weight of the date's clause beyond its near words (0.2-0.3 found the same pairs; 0.5 paired other events). */
    private static final double CLAUSE_WEIGHT = 0.3;
    /**
     * Weight of the words of a clause that tells what happened at a date whose own clause says little ("came on
     * Friday evening, when ..."): the event's own words, as near as the words beside a date.
     */
    private static final double TOLD_WEIGHT = 0.5;

    @ObjectClassDefinition(name = "Concord conflict rule: dates")
    public @interface Config {
        @AttributeDefinition(description = "Minimum similarity of the contexts of two dates (0-1) to take them as "
                + "the date of the same event.")
        double minContextSimilarity() default 0.3;

        @AttributeDefinition(description = "Leave out dates next to a reporting verb (said on Wednesday).")
        boolean skipReportingDates() default true;

        @AttributeDefinition(description = "Context words shared by more dates than this are not used to find "
                + "candidate pairs.")
        int maxPostings() default 300;
    }

    private final Config config;
    private final DocumentViews views;

    @Activate
    public DateRule(Config config, @Reference DocumentViews views) {
        this.config = config;
        this.views = views;
    }

    @Override
    public String id() {
        return "dates";
    }

    /** A date ready for pairing. */
    record Item(int doc, DocumentView view, AnnotationRecord date, Timex value, Bag context, Set<String> places,
                Set<String> people, Set<String> docPeople, String phase, String bound, boolean prospective,
                int[] sentence, Set<String> names, Set<String> sentencePlaces, int[] time) {
        Item withValue(Timex v) {
            return new Item(doc, view, date, v, context, places, people, docPeople, phase, bound, prospective, sentence,
                    names, sentencePlaces, time);
        }

        /** The date and the time of day told with it ("shortly after 9 a.m. on Tuesday"). */
        Claim claim() {
            int begin = time == null ? date.begin() : Math.min(date.begin(), time[2]);
            int end = time == null ? date.end() : Math.max(date.end(), time[3]);
            return new Claim(view.id(), begin, end, view.text().substring(begin, end), null);
        }
    }

    @Override
    public List<Conflict> apply(Story story) {
        List<ReportDays.Filing> filings = new ArrayList<>();
        List<Item> items = items(story, filings);
        if (items.size() < 2) {
            return List.of();
        }
        // with the story's year known, "12 years ago" is a calendar year, paired with the years the others give
        Integer year = StoryYear.of(items, filings);
        StoryYears years = year == null ? StoryYears.of(items, filings, story.documents().size()) : null;
        // years ago against years, which the story's possible years tell apart
        List<int[]> agoPairs = years == null ? List.of() : StoryYears.agoPairs(items);
        if (year != null) {
            items.replaceAll(i -> i.value().yearsAgo() == null ? i : i.withValue(StoryYear.calendar(i.value(), year)));
        }
        List<int[]> pairs = Candidates.pairs(items, Item::doc, i -> i.value().granularity().name(),
                DateRule::indexKeys, config.maxPostings(), true);
        pairs.addAll(agoPairs);
        int[] doc = Candidates.documents(items, Item::doc);
        List<Linker.Link> links = new ArrayList<>();
        SenseWindows senses = new SenseWindows(items, views.synonyms());
        WordLinks byWords = new WordLinks(items);
        for (int[] p : pairs) {
            Item a = items.get(p[0]);
            Item b = items.get(p[1]);
            double s = similarity(a, b);
            if (differentEvents(a, b)) {
                continue;
            }
            if (shareAnEventWord(a, b) && (s >= config.minContextSimilarity()
                    || s + EventLinks.SENSE_BONUS >= config.minContextSimilarity() && senses.sameSense(p[0], p[1])
                    || s + EventVerbs.BONUS >= config.minContextSimilarity() && senses.sameVerb(p[0], p[1]))) {
                links.add(new Linker.Link(p[0], p[1], s));
                byWords.add(links.get(links.size() - 1));
            } else if (EventLinks.describedAlike(a, b)) {
                links.add(new Linker.Link(p[0], p[1], EventLinks.BY_POSITION + s));
            }
        }
        links.addAll(EventLinks.links(items, senses, byWords));
        ReportDays days = ReportDays.of(items, filings, story.documents().size(), year, years);
        List<Conflict> out = new ArrayList<>();
        for (List<Integer> cluster : Linker.cluster(doc, links)) {
            Conflict c = compare(cluster.stream().map(items::get).toList(), days);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** How alike the contexts of two dates are (0-1). */
    static double similarity(Item a, Item b) {
        return 0.5 * a.context().overlap(b.context()) + 0.5 * a.context().jaccard(b.context());
    }

    /** The dates of a story's events; its filing and reporting dates go to {@code filings}. */
    private List<Item> items(Story story, List<ReportDays.Filing> filings) {
        List<Item> items = new ArrayList<>();
        List<DocumentRecord> docs = story.documents();
        for (int d = 0; d < docs.size(); d++) {
            DocumentView view = null;
            Set<String> docPeople = null;
            List<AnnotationRecord> figures = docs.get(d).annotations("figure");
            for (AnnotationRecord a : figures) {
                Timex t = a.attributes().get("value") instanceof String s
                        && (a.string("kind") == null || "date".equals(a.string("kind"))) ? Timex.parse(s) : null;
                if (t == null && "duration".equals(a.string("kind"))) {
                    Integer ago = TimeAgo.years(views.of(docs.get(d)), a);
                    t = ago == null ? null : Timex.yearsBefore(ago);
                }
                if (t == null) {
                    continue;
                }
                if (view == null) {
                    view = views.of(docs.get(d));
                    docPeople = new HashSet<>();
                    for (DocumentView.Entity e : view.entities()) {
                        if (e.feature().startsWith(DocumentView.PERSON)) {
                            docPeople.add(e.feature());
                        }
                    }
                }
                boolean dateline = view.inDateline(a.begin(), a.end());
                if (dateline || DateReading.reporting(view, a)) {
                    filings.add(new ReportDays.Filing(d, t, dateline));
                    if (config.skipReportingDates()) {
                        continue;
                    }
                }
                List<int[]> barriers = new ArrayList<>();
                for (AnnotationRecord o : figures) {
                    // the dateline's date is the filing's: it divides no event's words from another's
                    Timex ot = o != a && !view.inDateline(o.begin(), o.end())
                            && o.attributes().get("value") instanceof String os ? Timex.parse(os) : null;
                    if (ot != null && !ot.compatible(t)) {
                        barriers.add(new int[] {o.begin(), o.end()});
                    }
                }
                int[] clause = DateReading.clause(view, a);
                int[] sentence = view.sentenceSpan(a.begin(), a.end());
                Set<String> filing = datelineOnly(view, sentence);
                Bag context = new Bag();
                view.nearBag(a.begin(), a.end(), WINDOW, DECAY, ENTITY_WEIGHT, barriers, clause[0], clause[1])
                        .weights().forEach((f, w) -> {
                            if (!filing.contains(f)) {
                                context.add(f, w);
                            }
                        });
                view.bag(clause[0], clause[1], a.begin(), a.end(), ENTITY_WEIGHT).weights()
                        .forEach((f, w) -> context.add(f, CLAUSE_WEIGHT * w));
                int[] told = DateReading.told(view, a);
                if (told != null) {
                    view.bag(told[0], told[1], told[0], told[0], ENTITY_WEIGHT).weights()
                            .forEach((f, w) -> context.add(f, TOLD_WEIGHT * w));
                }
                Set<String> people = new HashSet<>();
                Set<String> places = new HashSet<>(); // feature + " " + kind: only places of one kind are told apart
                Set<String> sentencePlaces = new HashSet<>();
                int at = view.tokenAt(a.begin());
                for (DocumentView.Entity e : view.entities()) {
                    if (e.begin() < sentence[0] || e.end() > sentence[1]) {
                        continue;
                    }
                    if (e.feature().startsWith(DocumentView.PERSON)) {
                        people.add(e.feature());
                    } else {
                        sentencePlaces.add(e.feature());
                        if (Math.abs(view.tokenAt(e.begin()) - at) <= PLACE_WINDOW) {
                            places.add(e.feature() + "\u0000" + e.record().string("kind"));
                        }
                    }
                }
                String bound = DateReading.bound(view, a);
                items.add(new Item(d, view, a, t, context, places, people, docPeople, DateReading.phase(view, a),
                        bound, DateReading.prospective(view, a, clause, bound), sentence, names(view, sentence),
                        sentencePlaces, TimesOfDay.of(view, a)));
            }
        }
        return items;
    }

    /** The words of names (people, places) in a sentence: they locate an event, they do not tell which. */
    private static Set<String> names(DocumentView view, int[] sentence) {
        Set<String> out = new HashSet<>();
        for (DocumentView.Entity e : view.entities()) {
            if (e.begin() >= sentence[0] && e.end() <= sentence[1]) {
                out.add(e.feature());
                view.tokens(e.begin(), e.end()).forEach(t -> out.add(t.key()));
            }
        }
        return out;
    }

    /**
     * Whether two dates' contexts share a word of the event itself, not only the names of where and who
     * ("divers in the harbour spoke on Wednesday" and "a ferry sank in the harbour on Tuesday").
     */
    static boolean shareAnEventWord(Item a, Item b) {
        for (String f : a.context().weights().keySet()) {
            if (b.context().weights().containsKey(f) && !f.startsWith(DocumentView.PLACE)
                    && !f.startsWith(DocumentView.PERSON) && !a.names().contains(f) && !b.names().contains(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * People and places named only in the dateline of a sentence: where and by whom the story was filed, not
     * where its event happened ("LYON, June 3 (Reuters) -" in every report of the story).
     */
    private static Set<String> datelineOnly(DocumentView view, int[] sentence) {
        Set<String> inDateline = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        for (DocumentView.Entity e : view.entities()) {
            if (e.begin() >= sentence[0] && e.end() <= sentence[1]) {
                (view.inDateline(e.begin(), e.end()) ? inDateline : elsewhere).add(e.feature());
            }
        }
        inDateline.removeAll(elsewhere);
        return inDateline;
    }

    /**
     * Two mentions that cannot be one event: located in different places, or each with a participant
     * the other report does not mention at all (another meeting, with other people).
     */
    static boolean differentEvents(Item a, Item b) {
        if (a.phase() != null && b.phase() != null && !a.phase().equals(b.phase())) {
            return true;
        }
        if (a.bound() != null && b.bound() != null && !a.bound().equals(b.bound())) {
            return true;
        }
        if (EventPlaces.different(a, b)) {
            return true;
        }
        // a deadline or a state by a day ("had not responded by Wednesday") is not an event that happened then
        if ("to".equals(a.bound()) != "to".equals(b.bound())
                && !("to".equals(a.bound()) ? b : a).prospective()) {
            return true;
        }
        return hasStranger(a.people(), b.docPeople()) && hasStranger(b.people(), a.docPeople());
    }

    private static boolean hasStranger(Set<String> people, Set<String> otherDocument) {
        for (String p : people) {
            if (!otherDocument.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> indexKeys(Item it) {
        List<String> keys = new ArrayList<>();
        it.context().weights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(INDEX_FEATURES)
                .forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    private Conflict compare(List<Item> cluster, ReportDays days) {
        List<Item> sorted = new ArrayList<>(cluster);
        // the most specific dates first, so that vague ones join them
        sorted.sort(Comparator.comparingInt(DateRule::specificity).reversed());
        Versions.Partition<Item> partition = Versions.partition(sorted, days::compatible);
        List<List<Item>> versions = new ArrayList<>(partition.versions());
        List<Item> neutral = partition.neutral();
        String event = event(cluster);
        if (versions.size() < 2) {
            Set<String> forms = new HashSet<>();
            cluster.forEach(i -> forms.add(i.date().text().toLowerCase(Locale.ROOT).strip()));
            if (forms.size() < 2) {
                return null;
            }
            String listed = String.join(" = ", cluster.stream().map(i -> "“" + i.date().text() + "”").distinct().toList());
            return new Conflict("date", "Same date" + event + ": " + listed, "low", true,
                    cluster.stream().map(Item::claim).toList(), Map.of("values", values(cluster)));
        }
        versions.sort(Comparator.comparingInt((List<Item> v) -> -v.size()));
        List<List<Claim>> groups = new ArrayList<>();
        StringBuilder summary = new StringBuilder("Dates differ").append(event).append(": ");
        boolean years = false;
        for (int i = 0; i < versions.size(); i++) {
            List<Claim> g = versions.get(i).stream().map(Item::claim).toList();
            groups.add(g);
            Item rep = versions.get(i).get(0);
            summary.append(i > 0 ? " vs " : "").append('“').append(rep.date().text()).append('”');
            String weekday = rep.value().impliedWeekday();
            if (weekday != null && cluster.stream().anyMatch(o -> o.value().weekday() != null)) {
                summary.append(" (").append(weekday).append(')');
            }
            // how a weekday was read, when a calendar date of the cluster is what it is held against
            String reading = cluster.stream().anyMatch(o -> o.value().day() != null) ? days.reading(rep) : null;
            if (reading != null) {
                summary.append(" (").append(reading).append(')');
            }
            summary.append(" (").append(Versions.reports(g)).append(')');
            for (int j = 0; j < i; j++) {
                years |= rep.value().yearDiffers(versions.get(j).get(0).value());
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("values", values(cluster));
        if (!neutral.isEmpty()) {
            details.put("compatibleWithAll", neutral.stream().map(i -> i.view().id() + ": " + i.date().text()).toList());
        }
        return new Conflict("date", summary.toString(), years ? "high" : "medium", false, Versions.label(groups),
                details);
    }

    private static int specificity(Item it) {
        Timex t = it.value();
        return (t.year() != null ? 4 : 0) + (t.month() != null ? 2 : 0) + (t.day() != null ? 2 : 0)
                + (t.weekday() != null ? 1 : 0);
    }

    /** The words before the date that name the event ("talks will continue in Miami"), for the summary. */
    private static String event(List<Item> cluster) {
        Item it = cluster.get(0);
        String text = it.view().text();
        int[] s = it.view().sentenceSpan(it.date().begin(), it.date().end());
        int from = Math.max(s[0], it.date().begin() - 60);
        String before = text.substring(from, it.date().begin()).strip();
        int cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
        before = before.substring(cut + 1).strip();
        if (from > s[0] && before.indexOf(' ') > 0 && cut < 0) {
            before = before.substring(before.indexOf(' ') + 1);
        }
        return before.isEmpty() ? "" : " (“…" + before + "”)";
    }

    private static List<String> values(List<Item> cluster) {
        return cluster.stream().map(i -> i.view().id() + ": " + i.date().text() + " = " + i.date().attributes().get("value"))
                .toList();
    }
}
