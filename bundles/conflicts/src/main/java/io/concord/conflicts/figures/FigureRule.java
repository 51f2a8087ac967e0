package io.concord.conflicts.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Conflict;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.conflicts.claims.TimeAgo;
import io.concord.conflicts.text.Bag;
import io.concord.conflicts.text.Candidates;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.DocumentViews;
import io.concord.conflicts.text.Linker;
import io.concord.conflicts.text.PairKey;
import io.concord.conflicts.text.Synonyms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The same quantity reported with different values. Figures are compared in the base unit of their
 * dimension ({@code 270 square miles} = {@code 701 sq km}) as intervals that follow their hedge and the
 * precision they were written with ({@code just over nineteen per cent} meets {@code 19.3%}). Figures are
 * paired by what they measure: the {@code measured} attribute when present, the words that follow the
 * number ({@code 19,000 children}) and the words and names around it, never by position.
 */
@Component(service = ConflictRule.class, configurationPid = FigureRule.PID)
@Designate(ocd = FigureRule.Config.class)
public final class FigureRule implements ConflictRule {
    static final String PID = "io.concord.conflicts.figures";
    private static final int WINDOW = 12;
    private static final double DECAY = 4.0;
    private static final double ENTITY_WEIGHT = 1.5;
    private static final int INDEX_FEATURES = 8;

    private static final String TRANSACTION = FigureSurroundings.TRANSACTION;

    @ObjectClassDefinition(name = "Concord conflict rule: figures")
    public @interface Config {
        @AttributeDefinition(description = "Margin read into about/around/roughly, relative to the value.")
        double approxTolerance() default 0.05;

        @AttributeDefinition(description = "How far 'more than' reaches above (and 'nearly' below) the value, relative.")
        double hedgeReach() default 0.15;

        @AttributeDefinition(description = "Largest rounding margin allowed for a round number, relative to the value.")
        double roundingCap() default 0.025;

        @AttributeDefinition(description = "Minimum similarity of the contexts of two figures (0-1) to take them "
                + "as the same quantity.")
        double minContextSimilarity() default 0.3;

        @AttributeDefinition(description = "Report figures whose values agree but whose hedges differ "
                + "(at least 6,000 vs around 6,000) as low-severity conflicts.")
        boolean flagQualifierDifferences() default false;

        @AttributeDefinition(description = "Figures whose values differ by more than this factor are taken as "
                + "different quantities, not as a disagreement about one.")
        double maxRatio() default 3.0;

        @AttributeDefinition(description = "Context words shared by more figures than this are not used to find "
                + "candidate pairs.")
        int maxPostings() default 300;
    }

    private final Config config;
    private final DocumentViews views;
    private final Quantity.Tolerance tolerance;

    @Activate
    public FigureRule(Config config, @Reference DocumentViews views) {
        this.config = config;
        this.views = views;
        this.tolerance = new Quantity.Tolerance(config.approxTolerance(), config.hedgeReach(), config.roundingCap());
    }

    @Override
    public String id() {
        return "figures";
    }

    /** A figure ready for pairing. */
    record Item(int doc, DocumentView view, AnnotationRecord figure, Quantity quantity, Bag context,
                Set<String> head, Set<String> measured, List<Synonyms.Concept> measuredSenses, String outcome) {}

    @Override
    public List<Conflict> apply(Story story) {
        List<Item> items = items(story);
        if (items.size() < 2) {
            return List.of();
        }
        int[] doc = Candidates.documents(items, Item::doc);
        // a figure repeated in one report (the headline and the body) is one statement: it is linked as one
        int[] mention = FigureStatements.mentions(items);
        boolean[] lone = FigureStatements.loneOfTheirDimension(items, mention);
        boolean[] loneWorkforce = FigureStatements.loneOfTheirClass(items, mention, FigureSurroundings.WORKFORCE);
        boolean[] loneSplit = FigureStatements.loneOfTheirClass(items, mention, FigureSurroundings.SPLIT);
        boolean[] loneUnit = FigureStatements.loneOfTheirUnit(items, mention);
        // the one figure of a unit of each report is indexed under its unit: it may share no word with its pair
        Set<Item> indexedByUnit = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < items.size(); i++) {
            if (loneUnit[i]) {
                indexedByUnit.add(items.get(i));
            }
        }
        StatedValues stated = new StatedValues(items);
        EarlierEvents earlier = new EarlierEvents(stated);
        Map<PairKey, Double> best = new HashMap<>();
        List<ParallelFigures.Anchor> anchors = new ArrayList<>();
        for (int[] p : Candidates.pairs(items, Item::doc, i -> i.quantity().dimension(),
                i -> indexKeys(i, indexedByUnit.contains(i)), config.maxPostings(), true)) {
            Item x = items.get(p[0]);
            Item y = items.get(p[1]);
            if (!plausiblySame(x.quantity(), y.quantity()) && !sameNumberOtherUnit(x, y)) {
                continue;
            }
            if (stated.crossed(x, y) || stated.answered(x, y) || earlier.apart(x, y)) {
                continue;
            }
            double s = FigureMeasures.similarity(x, y);
            if (sameAgedPerson(x, y)) {
                s = Math.max(s, config.minContextSimilarity()); // one person's age, in whatever words
            }
            if (ParallelFigures.anchors(x, y, s)) {
                anchors.add(new ParallelFigures.Anchor(p[0], p[1], s));
            }
            // retyped digits (2,300 / 3,200) pair on their words alone, past nouns the reports choose differently
            double retyped = TransposedDigits.between(x, y) ? TransposedDigits.contextSimilarity(x, y) : 0;
            // a measure's two digits swapped around the point (4.2 / 2.4 kg) need more words alike
            double swapped = TransposedDigits.swappedAroundPoint(x, y) && !FigureMeasures.contradicted(x, y)
                    ? TransposedDigits.contextSimilarity(x, y) : 0;
            boolean transposed = retyped >= TransposedDigits.MIN_CONTEXT_SIMILARITY
                    || swapped >= TransposedDigits.POINT_SWAP_CONTEXT
                    || TransposedDigits.unmistakable(x, y) && !FigureMeasures.contradicted(x, y);
            s = transposed ? Math.max(s, Math.max(retyped, swapped)) + TransposedDigits.PREFERENCE : s;
            boolean loneOfAKind = lone[p[0]] && lone[p[1]] && measuredOnce(x.quantity().dimension())
                    || loneWorkforce[p[0]] && loneWorkforce[p[1]] || loneSplit[p[0]] && loneSplit[p[1]];
            // the one figure of a unit of each report, its digits rearranged in a way chance seldom repeats, pairs with
            // no word in common ("ending 152 days aground" / "kept vigil for 125 days"); a digit added only in words alike
            double alone = loneUnit[p[0]] && loneUnit[p[1]] ? TransposedDigits.aloneOfTheirUnit(x, y, s) : -1;
            s = Math.max(s, alone);
            if (s < config.minContextSimilarity() && alone < 0 && !(s > 0 && (loneOfAKind || transposed
                    || unitSlipped(x, y, stated)))) {
                // below the bar, only the one sum of money (weight, distance, area) of each report, in words they
                // share: a deal's price, a satellite's mass; the one workforce or split vote of each report; and
                // a number kept in another unit (5.4 metres, 5.4 feet)
                continue;
            }
            double score = s;
            int a = Math.min(mention[p[0]], mention[p[1]]);
            int b = Math.max(mention[p[0]], mention[p[1]]);
            best.merge(new PairKey(a, b), score, Math::max);
        }
        // the old value and the change of a sentence whose new value (or level) the other report's sentence agrees on
        for (ParallelFigures.Pair pp : new ParallelFigures(items).pairs(anchors)) {
            Item x = items.get(pp.a());
            Item y = items.get(pp.b());
            if (!plausiblySame(x.quantity(), y.quantity()) || stated.crossed(x, y) || stated.answered(x, y)
                    || earlier.apart(x, y) || FigureMeasures.contradicted(x, y)) {
                continue;
            }
            int a = Math.min(mention[pp.a()], mention[pp.b()]);
            int b = Math.max(mention[pp.a()], mention[pp.b()]);
            best.merge(new PairKey(a, b), Math.max(pp.score(), config.minContextSimilarity()), Math::max);
        }
        List<Linker.Link> links = new ArrayList<>();
        best.forEach((k, s) -> links.add(new Linker.Link(k.first(), k.second(), s)));
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            members.computeIfAbsent(mention[i], k -> new ArrayList<>()).add(i);
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Integer> cluster : Linker.cluster(doc, links)) {
            List<Item> all = new ArrayList<>();
            for (int rep : cluster) {
                members.get(rep).forEach(i -> all.add(items.get(i)));
            }
            Conflict c = FigureConflicts.compare(FigureStatements.toldInTheStory(all, items), config.flagQualifierDifferences());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private List<Item> items(Story story) {
        List<Item> items = new ArrayList<>();
        List<DocumentRecord> docs = story.documents();
        for (int d = 0; d < docs.size(); d++) {
            DocumentView view = null;
            List<AnnotationRecord> figures = docs.get(d).annotations("figure");
            List<Quantity> quantities = new ArrayList<>();
            for (AnnotationRecord a : figures) {
                Quantity q = Quantity.of(a, tolerance);
                if (q != null) {
                    if (view == null) {
                        view = views.of(docs.get(d));
                    }
                    if (TimeAgo.years(view, a) != null) {
                        quantities.add(null); // a time ago dates an event: the date rule compares it
                        continue;
                    }
                    Double years = FigureSurroundings.age(view, a);
                    if (years != null) {
                        q = new Quantity("age", years, years, years, q.qualifier()); // ages are stated exactly
                    }
                }
                quantities.add(q);
            }
            CompoundDurations.join(docs.get(d).text(), figures, quantities);
            for (int f = 0; f < figures.size(); f++) {
                AnnotationRecord a = figures.get(f);
                Quantity q = quantities.get(f);
                if (q == null) {
                    continue;
                }
                if (view == null) {
                    view = views.of(docs.get(d));
                }
                // the context of a figure stops at the next figure of its kind that states another quantity
                List<int[]> barriers = new ArrayList<>();
                for (int o = 0; o < figures.size(); o++) {
                    Quantity oq = quantities.get(o);
                    if (o != f && oq != null && oq.dimension().equals(q.dimension()) && !oq.agrees(q)) {
                        barriers.add(new int[] {figures.get(o).begin(), figures.get(o).end()});
                    }
                }
                Bag context = view.nearBag(a.begin(), a.end(), WINDOW, DECAY, ENTITY_WEIGHT, barriers);
                if (partOfACount(view, a)) {
                    continue; // "Lahore and 10 other districts": a count beside another, not the total of either
                }
                Set<String> head = new HashSet<>(view.following(a.end(), 3));
                // a place or a person after a figure ("$8 billion for Egypt") is not what it measures
                head.removeIf(h -> h.startsWith(DocumentView.PLACE) || h.startsWith(DocumentView.PERSON));
                List<Synonyms.Concept> measuredSenses = view.measuredConcepts(FigureSurroundings.measuredThing(view, a));
                Set<String> measured = new HashSet<>();
                measuredSenses.forEach(c -> measured.add(c.meaning()));
                String aged = "age".equals(q.dimension()) ? FigureSurroundings.agedPerson(view, a) : null;
                if (aged != null) {
                    measured.add(AGE_OF + aged);
                }
                if (q.dimension().startsWith("money:") && FigureSurroundings.transaction(view, a)) {
                    head.add(TRANSACTION);
                    measured.add(TRANSACTION);
                }
                if (q.dimension().equals("count") && FigureSurroundings.workforce(view, a, measuredSenses)) {
                    head.add(FigureSurroundings.WORKFORCE);
                    measured.add(FigureSurroundings.WORKFORCE);
                }
                Long whole = FigureSurroundings.splitWhole(view, a, f + 1 < figures.size() ? figures.get(f + 1) : null);
                if (whole != null) {
                    head.add(FigureSurroundings.SPLIT + whole);
                    measured.add(FigureSurroundings.SPLIT + whole);
                }
                if (q.dimension().equals("percent") && (measured.isEmpty() && FigureSurroundings.changeBy(view, a)
                        || FigureSurroundings.changeNoun(a.string("measured")))) {
                    head.clear(); // "by 27% over 18 months": the words after a change say when, not what
                    head.add(FigureSurroundings.CHANGE);
                    measured.clear(); // "a 23% increase": the noun says it is a change, not what changed
                }
                items.add(new Item(d, view, a, q, context, head, measured, measuredSenses,
                        FigureSurroundings.outcome(view, a)));
            }
            keepOnlyOneChange(items, d);
        }
        return items;
    }

    /**
     * The change "by" a percentage is taken as one quantity only when a report states one ("slowed the decline
     * by 27%" / "cut the rate by 31 percent"); with two or more, their words must tell them apart.
     */
    private static void keepOnlyOneChange(List<Item> items, int doc) {
        List<Item> changes = items.stream().filter(i -> i.doc() == doc && i.head().contains(FigureSurroundings.CHANGE))
                .toList();
        if (changes.size() > 1) {
            changes.forEach(i -> i.head().remove(FigureSurroundings.CHANGE));
        }
    }

    /** The strongest context features of a figure, plus what it measures: the keys it is indexed under. */
    /** What an age's item measures when it names its person: "age of" and the person's feature. */
    private static final String AGE_OF = "age of ";

    /** Whether two ages are of one person. */
    private static boolean sameAgedPerson(Item x, Item y) {
        for (String m : x.measured()) {
            if (m.startsWith(AGE_OF) && y.measured().contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> indexKeys(Item it, boolean loneOfItsUnit) {
        List<String> keys = new ArrayList<>();
        it.context().weights().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(INDEX_FEATURES)
                .forEach(e -> keys.add(e.getKey()));
        keys.addAll(it.head());
        keys.addAll(it.measured());
        if (loneOfItsUnit) {
            keys.add("$unit:" + it.figure().string("unit"));
        }
        return keys;
    }

    /** Values within {@code maxRatio} of each other (or hedged so that they meet) can be one quantity. */
    private boolean plausiblySame(Quantity a, Quantity b) {
        if (a.agrees(b)) {
            return true;
        }
        double x = Math.abs(a.value());
        double y = Math.abs(b.value());
        if (x == 0 || y == 0) {
            return false;
        }
        return Math.max(x, y) / Math.min(x, y) <= config.maxRatio();
    }

    /**
     * The same number stated in two units of one dimension ("900 square metres", "900 square feet"): the slip of a
     * rewrite that kept the number and changed the unit, so far apart in value that the ratio bar would part them.
     */
    static boolean sameNumberOtherUnit(Item x, Item y) {
        Double a = x.figure().number("value");
        Double b = y.figure().number("value");
        String ua = x.figure().string("unit");
        String ub = y.figure().string("unit");
        return a != null && a.equals(b) && a != 0 && ua != null && ub != null && !ua.equals(ub)
                && x.quantity().dimension().equals(y.quantity().dimension());
    }

    /** Context similarity at which a common number kept in another unit, met by no figure of the other report, pairs. */
    private static final double UNIT_SLIP_CONTEXT = 0.1;

    /**
     * Whether two figures are one number kept in another unit: a number no report repeats by chance (5.4 metres,
     * 5.4 feet), or a common one (17 km, 17 miles) in some words alike, neither met by any figure of the other report
     * (a length each report also converts rightly is another length).
     */
    private static boolean unitSlipped(Item x, Item y, StatedValues stated) {
        if (!sameNumberOtherUnit(x, y)) {
            return false;
        }
        return uncommonNumber(x.figure().number("value"))
                || TransposedDigits.contextSimilarity(x, y) >= UNIT_SLIP_CONTEXT && !stated.agreedIn(y.doc(), x)
                        && !stated.agreedIn(x.doc(), y);
    }

    /** A number unlikely to recur by chance in two reports: a fraction (5.4) or one of three digits or more. */
    static boolean uncommonNumber(double value) {
        return value != Math.rint(value) || Math.abs(value) >= 100 && value % 100 != 0;
    }

    /** Words after a count that make it a part added to another ("10 other districts", "five more people"). */
    private static final Set<String> ADDED = Set.of("other", "more", "further", "additional", "extra");

    /** Whether a count is stated beside another one ("Lahore and 10 other districts"), not as a total. */
    static boolean partOfACount(DocumentView view, AnnotationRecord a) {
        int next = view.tokenAt(a.end());
        return "count".equals(a.string("kind")) && next < view.tokens().size()
                && view.tokens().get(next).begin() >= a.end() && ADDED.contains(view.tokens().get(next).norm());
    }

    /**
     * Dimensions a report rarely states twice for different things: money and physical measures, not counts,
     * shares or durations (a story has many of those).
     */
    private static boolean measuredOnce(String dimension) {
        return !dimension.equals("count") && !dimension.equals("h") && !dimension.contains("percent")
                && !dimension.contains("points");
    }
}
