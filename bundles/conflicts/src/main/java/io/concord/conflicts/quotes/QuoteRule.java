package io.concord.conflicts.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.concord.api.conflict.ConflictRule;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.conflicts.claims.Versions;
import io.concord.conflicts.text.Bag;
import io.concord.conflicts.text.Candidates;
import io.concord.conflicts.text.DocumentView;
import io.concord.conflicts.text.DocumentViews;
import io.concord.conflicts.text.Linker;
import io.concord.conflicts.text.Names;
import io.concord.conflicts.text.Synonyms;
import io.concord.conflicts.text.Token;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Quotations that reports give differently. Quotes of different documents are aligned as versions of
 * one utterance by their words (allowing synonyms: a translation or a paraphrase keeps the meaning),
 * their speaker and the sentence around them. Within an utterance, versions that are the same words or
 * excerpts of one statement agree; reworded, extended or paraphrased versions disagree (kind
 * {@code quote}, with a word diff), and the same words given to different speakers are kind {@code attribution}.
 */
@Component(service = ConflictRule.class, configurationPid = QuoteRule.PID)
@Designate(ocd = QuoteRule.Config.class)
public final class QuoteRule implements ConflictRule {
    static final String PID = "io.concord.conflicts.quotes";
    private static final double ENTITY_WEIGHT = 1.5;
    private static final int MIN_CONTEXT_FEATURES = 4;
    /** Characters before a quote read for a word that negates it. */
    private static final int NEGATION_REACH = 30;

    @ObjectClassDefinition(name = "Concord conflict rule: quotes")
    public @interface Config {
        @AttributeDefinition(description = "Share of the shorter quote's words (or synonyms) the longer one must "
                + "contain for the two to be versions of one utterance (0-1).")
        double minCoverage() default 0.6;

        @AttributeDefinition(description = "Context similarity (0-1) needed when one quote has no speaker.")
        double minContextUnknownSpeaker() default 0.2;

        @AttributeDefinition(description = "Context similarity (0-1) needed when the speakers differ.")
        double minContextOtherSpeaker() default 0.3;

        @AttributeDefinition(description = "Report the same words given to different speakers (kind attribution).")
        boolean attribution() default true;

        @AttributeDefinition(description = "Words shared by more quotes than this are not used to find candidate pairs.")
        int maxPostings() default 300;
    }

    private final Config config;
    private final DocumentViews views;

    @Activate
    public QuoteRule(Config config, @Reference DocumentViews views) {
        this.config = config;
        this.views = views;
    }

    @Override
    public String id() {
        return "quotes";
    }

    /** A quote ready for alignment. */
    record Item(int doc, DocumentView view, AnnotationRecord quote, QuoteText text, String speaker, Bag context) {
        Claim claim() {
            return new Claim(view.id(), quote.begin(), quote.end(), quote.text(), null);
        }
    }

    @Override
    public List<Conflict> apply(Story story) {
        List<Item> items = items(story);
        if (items.size() < 2) {
            return List.of();
        }
        int[] doc = Candidates.documents(items, Item::doc);
        List<Linker.Link> links = new ArrayList<>();
        for (int[] p : Candidates.pairs(items, Item::doc, i -> "", QuoteRule::indexKeys, config.maxPostings(), false)) {
            double s = score(items.get(p[0]), items.get(p[1]));
            if (s > 0) {
                links.add(new Linker.Link(p[0], p[1], s));
            }
        }
        List<Conflict> out = new ArrayList<>();
        List<List<Integer>> clusters = Linker.cluster(doc, links);
        for (List<Integer> cluster : clusters) {
            out.addAll(compare(cluster.stream().map(items::get).toList()));
        }
        for (List<Item> parted : QuoteParts.leftOut(items, clusters, links)) {
            out.addAll(compare(parted).stream().filter(c -> "quote".equals(c.kind()) && !c.consistent()).toList());
        }
        return out;
    }

    private List<Item> items(Story story) {
        List<Item> items = new ArrayList<>();
        List<DocumentRecord> docs = story.documents();
        for (int d = 0; d < docs.size(); d++) {
            DocumentView view = null;
            for (AnnotationRecord a : docs.get(d).annotations("quote")) {
                QuoteText text = new QuoteText(a.text(), views.synonyms());
                if (text.words().isEmpty()) {
                    continue;
                }
                if (view == null) {
                    view = views.of(docs.get(d));
                }
                String speaker = a.string("speaker");
                items.add(new Item(d, view, a, text, speaker == null || speaker.isBlank() ? null : speaker,
                        context(view, a, speaker)));
            }
        }
        return items;
    }

    /** The sentence around a quote without the quote; the one before too when that is too short to tell. */
    private static Bag context(DocumentView view, AnnotationRecord a, String speaker) {
        int[] s = view.sentenceSpan(a.begin(), a.end());
        Bag bag = view.bag(s[0], s[1], a.begin(), a.end(), ENTITY_WEIGHT);
        if (bag.weights().size() < MIN_CONTEXT_FEATURES && s[0] > 0) {
            int[] prev = view.sentenceSpan(s[0] - 1, s[0]);
            bag = view.bag(prev[0], s[1], a.begin(), a.end(), ENTITY_WEIGHT);
        }
        String surname = Names.surname(speaker);
        if (surname != null) {
            bag.add(DocumentView.PERSON + surname, ENTITY_WEIGHT);
        }
        return bag;
    }

    private static Set<String> indexKeys(Item it) {
        Set<String> keys = new LinkedHashSet<>();
        for (Synonyms.Concept c : it.text().content()) {
            keys.add("k:" + c.key());
            for (int g : c.groups()) {
                keys.add("g:" + g);
            }
        }
        return keys;
    }

    /** How surely two quotes are versions of one utterance; 0 when they are not. */
    double score(Item a, Item b) {
        QuoteText.Relation rel = QuoteText.relation(a.text(), b.text());
        double ctx = 0.5 * a.context().overlap(b.context()) + 0.5 * a.context().jaccard(b.context());
        int shorter = Math.min(a.text().words().size(), b.text().words().size());
        if (rel == QuoteText.Relation.SAME || rel == QuoteText.Relation.EXCERPT) {
            // a word or two in common can be chance; a shared run of words is not
            if (shorter >= 3 || ctx >= config.minContextUnknownSpeaker() || sameSpeaker(a, b) == 1) {
                return 2 + ctx;
            }
            return 0;
        }
        double coverage = QuoteText.coverage(a.text(), b.text());
        double speaker = sameSpeaker(a, b);
        if (coverage < config.minCoverage() && !sameFrame(rel, a, b, speaker, ctx)) {
            return 0;
        }
        int content = Math.min(a.text().content().size(), b.text().content().size());
        boolean accept;
        if (content < 2) {
            // one word in common ("impression" and "perception") needs the wording around it ("that was their")
            // and the sentence around the quote to agree too
            accept = ctx >= config.minContextOtherSpeaker() && 2 * a.text().diff(b.text()).commonWords() >= shorter;
        } else if (speaker == 1) {
            accept = content >= 3 || ctx >= 0.05;
        } else if (speaker == 0.5) {
            accept = ctx >= config.minContextUnknownSpeaker();
        } else {
            accept = ctx >= config.minContextOtherSpeaker();
        }
        return accept ? coverage + 0.5 * speaker + ctx : 0;
    }

    /**
     * Words replaced in place (no synonyms known for them), the words around them kept, by the same speaker
     * in the same surroundings: one utterance misquoted, though the replaced words alone would not say so.
     */
    private boolean sameFrame(QuoteText.Relation rel, Item a, Item b, double speaker, double ctx) {
        int shorter = Math.min(a.text().words().size(), b.text().words().size());
        return rel == QuoteText.Relation.REWORDED && speaker == 1 && ctx >= config.minContextOtherSpeaker()
                && 2 * a.text().diff(b.text()).commonWords() >= shorter;
    }

    /** 1 for the same speaker, 0 for different ones, 0.5 when a quote has none. */
    static double sameSpeaker(Item a, Item b) {
        if (a.speaker() == null || b.speaker() == null) {
            return 0.5;
        }
        return Names.sameSpeaker(a.speaker(), b.speaker()) ? 1 : 0;
    }

    /** Versions of one utterance: a quote conflict when they disagree, attribution conflicts, excerpts. */
    private List<Conflict> compare(List<Item> cluster) {
        List<Item> byLength = new ArrayList<>(cluster);
        byLength.sort(Comparator.comparingInt((Item i) -> -i.text().words().size()));
        // an excerpt that agrees with every version (the words both wordings share) takes no side
        Versions.Partition<Item> partition = Versions.partition(byLength, QuoteRule::compatible, QuoteRule::asCompared);
        List<List<Item>> versions = new ArrayList<>(partition.versions());
        if (versions.size() < 2) {
            versions = new ArrayList<>();
            versions.add(new ArrayList<>(byLength));
        }
        // a version's members in document order, versions by how many reports carry them
        versions.forEach(v -> v.sort(Comparator.comparingInt(Item::doc)));
        versions.sort(Comparator.comparingInt((List<Item> v) -> -v.size()).thenComparingInt(v -> v.get(0).doc()));
        List<Conflict> out = new ArrayList<>();
        String speaker = speaker(cluster);
        if (versions.size() > 1) {
            out.add(quoteConflict(versions, speaker, partition.neutral()));
        }
        for (List<Item> v : versions) {
            Conflict a = config.attribution() ? attribution(v) : null;
            if (a != null) {
                out.add(a);
            }
            Conflict e = excerpts(v, speaker);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean compatible(Item a, Item b) {
        QuoteText.Relation r = QuoteText.relation(a.text(), b.text());
        if (r == QuoteText.Relation.EXCERPT && QuoteText.negationCutOff(a.text(), b.text())) {
            // "support the bill" cut from "not support the bill" agrees only if the report says "not" itself
            Item shorter = a.text().words().size() <= b.text().words().size() ? a : b;
            return negatedBefore(shorter);
        }
        // two parts of one statement with no word of content in common ("They are alive." and "Our job is to
        // bring them home.", each quoted by another report) cannot contradict each other
        return r == QuoteText.Relation.SAME || r == QuoteText.Relation.EXCERPT
                || QuoteText.coverage(a.text(), b.text()) == 0;
    }

    /** What {@link #compatible} reads of a quote: its words and the few before it. */
    private static List<String> asCompared(Item it) {
        int begin = it.quote().begin();
        return List.of(it.quote().text(), it.view().text().substring(Math.max(0, begin - NEGATION_REACH), begin));
    }

    /** Whether the words right before a quote negate it ("she would not “support the bill”"). */
    private static boolean negatedBefore(Item it) {
        int from = Math.max(0, it.quote().begin() - NEGATION_REACH);
        List<Token> before = it.view().tokens(from, it.quote().begin());
        int n = before.size();
        for (int i = Math.max(0, n - 4); i < n; i++) {
            String w = before.get(i).norm();
            if (w.equals("not") || w.equals("never") || w.equals("no")) {
                return true;
            }
        }
        return false;
    }

    private Conflict quoteConflict(List<List<Item>> versions, String speaker, List<Item> neutral) {
        List<List<Claim>> groups = new ArrayList<>();
        StringBuilder summary = new StringBuilder(speaker == null ? "Quote" : speaker).append(": ");
        for (int i = 0; i < versions.size(); i++) {
            List<Claim> g = versions.get(i).stream().map(Item::claim).toList();
            groups.add(g);
            summary.append(i > 0 ? " vs " : "").append('“').append(shorten(versions.get(i).get(0).quote().text()))
                    .append("” (").append(Versions.reports(g)).append(')');
        }
        QuoteText a = representative(versions.get(0));
        QuoteText b = representative(versions.get(1));
        QuoteText.Relation relation = QuoteText.relation(a, b);
        String relationName = relation == QuoteText.Relation.EXCERPT ? "truncated" : relation.name().toLowerCase();
        String severity;
        if (QuoteText.negationDiffers(a, b)) {
            severity = "high";
        } else if (relation == QuoteText.Relation.REWORDED && QuoteText.synonymsOnly(a, b)) {
            severity = "low";
        } else if (relation == QuoteText.Relation.PARAPHRASE) {
            severity = "high";
        } else {
            severity = "medium";
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("relation", relationName);
        details.put("diff", a.diff(b).toMaps());
        if (versions.size() > 2) {
            Map<String, Object> diffs = new LinkedHashMap<>();
            for (int i = 1; i < versions.size(); i++) {
                diffs.put("A-" + Versions.letter(i), a.diff(representative(versions.get(i))).toMaps());
            }
            details.put("diffs", diffs);
        }
        Set<String> speakers = new LinkedHashSet<>();
        versions.forEach(v -> v.forEach(i -> {
            if (i.speaker() != null) {
                speakers.add(i.speaker());
            }
        }));
        if (!speakers.isEmpty()) {
            details.put("speakers", List.copyOf(speakers));
        }
        if (!neutral.isEmpty()) {
            details.put("compatibleWithAll", neutral.stream().map(i -> i.view().id() + ": " + i.quote().text()).toList());
        }
        return new Conflict("quote", summary.toString(), severity, false, label(groups), details);
    }

    /** The longest member of a version: the others are its excerpts. */
    private static QuoteText representative(List<Item> version) {
        return version.stream().max(Comparator.comparingInt(i -> i.text().words().size())).orElseThrow().text();
    }

    /** Claims labelled in the order given (versions are already sorted). */
    private static List<Claim> label(List<List<Claim>> groups) {
        List<Claim> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Claim c : groups.get(g)) {
                out.add(new Claim(c.document(), c.begin(), c.end(), c.text(), Versions.letter(g)));
            }
        }
        return out;
    }

    /** The same words given to different speakers. */
    private static Conflict attribution(List<Item> version) {
        List<List<Item>> bySpeaker = new ArrayList<>();
        for (Item it : version) {
            if (it.speaker() == null) {
                continue;
            }
            List<Item> home = null;
            for (List<Item> g : bySpeaker) {
                if (Names.sameSpeaker(g.get(0).speaker(), it.speaker())) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                bySpeaker.add(home);
            }
            home.add(it);
        }
        if (bySpeaker.size() < 2) {
            return null;
        }
        bySpeaker.sort(Comparator.comparingInt((List<Item> g) -> -g.size()));
        List<List<Claim>> groups = new ArrayList<>();
        StringBuilder summary = new StringBuilder("“").append(shorten(version.get(0).quote().text()))
                .append("” attributed to ");
        for (int i = 0; i < bySpeaker.size(); i++) {
            List<Claim> g = bySpeaker.get(i).stream().map(Item::claim).toList();
            groups.add(g);
            summary.append(i > 0 ? " vs " : "").append(bySpeaker.get(i).get(0).speaker()).append(" (")
                    .append(Versions.reports(g)).append(')');
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("speakers", bySpeaker.stream().map(g -> g.get(0).speaker()).toList());
        return new Conflict("attribution", summary.toString(), "medium", false, label(groups), details);
    }

    /** A version whose members differ in length: excerpts of one statement, which agree. */
    private static Conflict excerpts(List<Item> version, String speaker) {
        Set<String> forms = new LinkedHashSet<>();
        version.forEach(i -> forms.add(String.join(" ", i.text().words())));
        if (forms.size() < 2 || version.stream().map(Item::doc).distinct().count() < 2) {
            return null;
        }
        Item longest = version.stream().max(Comparator.comparingInt(i -> i.text().words().size())).orElseThrow();
        Item shortest = version.stream().min(Comparator.comparingInt(i -> i.text().words().size())).orElseThrow();
        String summary = (speaker == null ? "" : speaker + ": ") + "“" + shorten(shortest.quote().text())
                + "” is an excerpt of “" + shorten(longest.quote().text()) + "”";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("relation", "excerpt");
        details.put("diff", longest.text().diff(shortest.text()).toMaps());
        return new Conflict("quote", summary, "low", true, version.stream().map(Item::claim).toList(), details);
    }

    /** The speaker most versions name, or null. */
    private static String speaker(List<Item> cluster) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Item it : cluster) {
            if (it.speaker() != null) {
                counts.merge(it.speaker(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 90 ? t : t.substring(0, 87).strip() + "…";
    }
}
