package io.concord.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.concord.api.conflict.ConflictDetector;
import io.concord.api.conflict.ConflictRule;
import io.concord.api.conflict.DetectionProgress;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import io.concord.conflicts.people.PersonIdentities;
import io.concord.conflicts.text.DocumentViews;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Groups the documents of a collection into stories and applies every {@link ConflictRule} service to
 * each story with at least two documents (whiteboard: rules come and go with their bundles; the list is
 * read once per call, so one detection sees one set of rules). A rule that throws is skipped for that story.
 */
@Component(service = ConflictDetector.class, configurationPid = StoryConflictDetector.PID)
@Designate(ocd = StoryConflictDetector.Config.class)
public final class StoryConflictDetector implements ConflictDetector {
    static final String PID = "io.concord.conflicts";
    private static final System.Logger LOG = System.getLogger(StoryConflictDetector.class.getName());
    private static final Map<String, Integer> SEVERITY_ORDER = Map.of("high", 0, "medium", 1, "low", 2);

    @ObjectClassDefinition(name = "Concord conflict detector")
    public @interface Config {
        @AttributeDefinition(description = "Similarity (cosine of names, places, quoted words and vocabulary, 0-1) "
                + "above which two documents are taken as reports of the same story.")
        double storySimilarity() default 0.4;

        @AttributeDefinition(description = "Features found in more documents than this are not used to find "
                + "candidate document pairs; keeps story grouping near-linear on large collections.")
        int maxPostings() default 200;

        @AttributeDefinition(description = "Threads that read documents and compare stories at once; 0 for one per "
                + "processor. The report is the same whatever the number.")
        int threads() default 0;
    }

    private final Config config;
    private final DocumentViews views;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ConflictRule> rules = List.of();

    @Activate
    public StoryConflictDetector(Config config, @Reference DocumentViews views) {
        this.config = config;
        this.views = views;
    }

    /** A detector with a fixed set of rules, for use outside an OSGi framework. */
    public static StoryConflictDetector withRules(Config config, DocumentViews views, List<ConflictRule> rules) {
        StoryConflictDetector d = new StoryConflictDetector(config, views);
        d.rules = List.copyOf(rules);
        return d;
    }

    @Override
    public void prepare() {
        views.synonyms().prepare();
    }

    @Override
    public ConflictReport detect(List<DocumentRecord> input) {
        return detect(input, DetectionProgress.NONE);
    }

    @Override
    public ConflictReport detect(List<DocumentRecord> input, DetectionProgress progress) {
        List<DocumentRecord> sane = input.stream().map(StoryConflictDetector::sane).toList();
        // one name per person across the collection, so that rules compare people as the report names them
        PersonIdentities people = PersonIdentities.of(sane);
        List<DocumentRecord> documents = sane.stream().map(people::withCollectionNames).toList();
        List<ConflictRule> active = new ArrayList<>(rules);
        active.sort(Comparator.comparing(ConflictRule::id));
        progress.update(DetectionProgress.GROUPING, 0, documents.size());
        int threads = OrderedWork.threads(config.threads());
        StoryClusterer.Result grouped = new StoryClusterer(views, config.storySimilarity(), config.maxPostings())
                .cluster(documents, threads);
        progress.update(DetectionProgress.GROUPING, documents.size(), documents.size());
        int stories = grouped.stories().size();
        progress.update(DetectionProgress.COMPARING, 0, stories);
        // stories are compared side by side, their findings taken up in story order: the first of two findings
        // with one signature is kept, as when they were compared one after another
        List<List<Conflict>> found = OrderedWork.map(grouped.stories(), story -> compare(story, active), threads,
                done -> progress.update(DetectionProgress.COMPARING, done, stories));
        List<Conflict> conflicts = new ArrayList<>();
        List<Conflict> consistent = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Conflict> ofStory : found) {
            for (Conflict tagged : ofStory) {
                if (seen.add(signature(tagged))) {
                    (tagged.consistent() ? consistent : conflicts).add(tagged);
                }
            }
        }
        Map<String, Integer> storyOrder = new HashMap<>();
        for (int i = 0; i < grouped.infos().size(); i++) {
            storyOrder.put(grouped.infos().get(i).id(), i);
        }
        Comparator<Conflict> order = Comparator
                .<Conflict>comparingInt(c -> storyOrder.getOrDefault((String) c.details().get("story"), 0))
                .thenComparingInt(c -> SEVERITY_ORDER.getOrDefault(c.severity(), 3))
                .thenComparing(c -> c.claims().get(0).document())
                .thenComparingInt(c -> c.claims().get(0).begin())
                // a full order, so the report does not depend on the order rules found conflicts in
                .thenComparing(Conflict::kind)
                .thenComparing(Conflict::summary);
        conflicts.sort(order);
        consistent.sort(order);
        progress.update(DetectionProgress.COMPARING, stories, stories);
        return new ConflictReport(conflicts, consistent, grouped.infos(), people.all());
    }

    /** What every rule finds in one story, valid findings only, tagged with the story and the rule. */
    private static List<Conflict> compare(Story story, List<ConflictRule> rules) {
        List<Conflict> out = new ArrayList<>();
        if (story.documents().size() < 2) {
            return out;
        }
        for (ConflictRule rule : rules) {
            List<Conflict> found;
            try {
                found = rule.apply(story);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "conflict rule " + rule.id() + " failed on " + story.id(), e);
                continue;
            }
            for (Conflict c : found == null ? List.<Conflict>of() : found) {
                if (valid(c)) {
                    out.add(tag(c, story.id(), rule.id()));
                }
            }
        }
        return out;
    }

    /**
     * The document as rules may assume it: a text, and annotations whose offsets lie in it (a broken
     * annotation would otherwise make a rule fail for the whole story).
     */
    private static DocumentRecord sane(DocumentRecord d) {
        String text = d.text() == null ? "" : d.text();
        List<AnnotationRecord> ok = d.annotations().stream()
                .filter(a -> a.begin() >= 0 && a.begin() <= a.end() && a.end() <= text.length() && a.type() != null)
                .toList();
        if (text == d.text() && ok.size() == d.annotations().size()) {
            return d;
        }
        return text == d.text() ? d.withAnnotations(ok) : new DocumentRecord(d.id(), text, ok, d.outcomes());
    }

    /** A disagreement needs two documents with different versions; a consistent group two documents. */
    private static boolean valid(Conflict c) {
        if (c.claims().isEmpty() || c.kind() == null) {
            return false;
        }
        Set<String> docs = new HashSet<>();
        for (Claim cl : c.claims()) {
            docs.add(cl.document());
        }
        if (docs.size() < 2) {
            return false;
        }
        if (c.consistent()) {
            return true;
        }
        for (Claim a : c.claims()) {
            for (Claim b : c.claims()) {
                if (!a.document().equals(b.document()) && !Objects.equals(a.version(), b.version())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String signature(Conflict c) {
        StringBuilder b = new StringBuilder(c.kind()).append(c.consistent() ? "=" : "!");
        c.claims().stream()
                .map(cl -> cl.document() + ":" + cl.begin() + "-" + cl.end())
                .sorted()
                .forEach(s -> b.append('|').append(s));
        return b.toString();
    }

    private static Conflict tag(Conflict c, String story, String rule) {
        Map<String, Object> details = new LinkedHashMap<>(c.details());
        details.putIfAbsent("story", story);
        details.putIfAbsent("rule", rule);
        return new Conflict(c.kind(), c.summary(), c.severity() == null ? "medium" : c.severity(), c.consistent(),
                c.claims(), details);
    }
}
