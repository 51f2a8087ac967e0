package io.concord.workbench.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import io.concord.api.conflict.ConflictDetector;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.text.ClaimContext;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TextSegmenter;
import io.concord.api.text.WordDiff;
import io.concord.language.TextKeys;
import io.concord.workbench.store.Database;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.Reviews;

/**
 * A project's conflicts, computed by the installed conflict detector from the curated annotations and
 * joined with the reviews people made. A conflict is known across recomputations by a key made of its
 * kind and its claims' spans, so a review stays with its conflict while the conflict exists. Results are
 * kept per project revision and set of plug-ins: any curation action, or a rule coming or going, makes
 * a new computation.
 */
public final class ConflictView {
    /**
     * A claim with the document's name and title, the sentence around it, and the spans of its text ({begin, end}
     * from the claim's start) whose words the claim it is compared with does not share: the first claim of
     * another version, else the first with other words.
     */
    public record ClaimView(String document, String documentName, String documentTitle, int begin, int end, String text,
                            String version, Map<String, Object> context, List<int[]> changed) {}

    public record ConflictEntry(String key, String kind, String severity, String summary, boolean consistent, String story,
                                List<ClaimView> claims, Map<String, Object> details, Reviews.Review review) {}

    public record StoryView(String id, String label, List<String> documents) {}

    public record Report(List<StoryView> stories, List<ConflictEntry> conflicts, List<ConflictEntry> consistent, String note) {}

    private record Cached(long revision, long plugins, Report report) {}

    private static final int CONTEXT_LIMIT = 320;

    private final Database db;
    private final Supplier<ConflictDetector> detector;
    private final Supplier<TextSegmenter> segmenter;
    private final java.util.function.LongSupplier pluginsGeneration;
    private final LongConsumer projectChanged;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param segmenter         gives the sentences claims are shown in (null when none is installed: a claim
     *                          is then shown alone)
     * @param pluginsGeneration a number that changes whenever conflict rules or the detector come or go, so
     *                          results of another set of rules are not served from the cache
     */
    public ConflictView(Database db, Supplier<ConflictDetector> detector, Supplier<TextSegmenter> segmenter,
                        java.util.function.LongSupplier pluginsGeneration, LongConsumer projectChanged) {
        this.db = db;
        this.detector = detector;
        this.segmenter = segmenter;
        this.pluginsGeneration = pluginsGeneration;
        this.projectChanged = projectChanged;
    }

    public Report report(long projectId) {
        long revision = db.transaction(c -> Projects.get(c, projectId).revision());
        long plugins = pluginsGeneration.getAsLong();
        Cached cached = cache.get(projectId);
        Report computed = cached != null && cached.revision() == revision && cached.plugins() == plugins ? cached.report() : null;
        if (computed == null) {
            computed = compute(projectId);
            cache.put(projectId, new Cached(revision, plugins, computed));
        }
        Map<String, Reviews.Review> reviews = db.transaction(c -> Reviews.ofProject(c, projectId));
        return new Report(computed.stories(), withReviews(computed.conflicts(), reviews), withReviews(computed.consistent(), reviews),
                computed.note());
    }

    public Reviews.Review review(long projectId, String key, String status, String note, int version, String user) {
        Reviews.Review saved = db.transaction(c -> Reviews.save(c, projectId, key, status, note, version, user));
        projectChanged.accept(projectId);
        return saved;
    }

    /** The curated report in the exchange model, documents named by {@code names}, reviews in each conflict's details. */
    public ConflictReport exchangeReport(long projectId, Function<String, String> names) {
        Report r = report(projectId);
        return new ConflictReport(exchange(r.conflicts(), names), exchange(r.consistent(), names),
                r.stories().stream().map(s -> new ConflictReport.StoryInfo(s.id(), s.label(),
                        s.documents().stream().map(names).toList())).toList());
    }

    private Report compute(long projectId) {
        ConflictDetector d = detector.get();
        if (d == null) {
            return new Report(List.of(), List.of(), List.of(), "no conflict detector is installed");
        }
        List<DocumentRecord> docs = db.transaction(c -> CuratedDocuments.ofProject(c, projectId));
        Map<String, String> names = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        db.transaction(c -> {
            for (Documents.DocumentInfo i : Documents.ofProject(c, projectId)) {
                names.put(String.valueOf(i.id()), i.name());
                titles.put(String.valueOf(i.id()), i.title());
            }
            return null;
        });
        Map<String, String> texts = new HashMap<>();
        docs.forEach(doc -> texts.put(doc.id(), doc.text()));
        TextSegmenter seg = segmenter.get();
        Map<String, Segmentation> segmented = new HashMap<>();
        Function<String, Segmentation> sentences = id -> seg == null || texts.get(id) == null ? null
                : segmented.computeIfAbsent(id, k -> seg.segment(texts.get(k)));
        ConflictReport report = d.detect(docs);
        Map<String, String> storyOf = new HashMap<>();
        List<StoryView> stories = new ArrayList<>();
        for (ConflictReport.StoryInfo s : report.stories()) {
            stories.add(new StoryView(s.id(), s.label(), s.documents()));
            s.documents().forEach(doc -> storyOf.put(doc, s.id()));
        }
        return new Report(stories, entries(report.conflicts(), names, titles, sentences, storyOf, seg),
                entries(report.consistent(), names, titles, sentences, storyOf, seg), null);
    }

    private static List<ConflictEntry> entries(List<Conflict> conflicts, Map<String, String> names, Map<String, String> titles,
                                               Function<String, Segmentation> sentences, Map<String, String> storyOf,
                                               TextSegmenter segmenter) {
        List<ConflictEntry> out = new ArrayList<>();
        for (Conflict cf : conflicts) {
            List<ClaimView> claims = new ArrayList<>();
            List<Claim> all = cf.claims();
            for (int i = 0; i < all.size(); i++) {
                Claim cl = all.get(i);
                claims.add(new ClaimView(cl.document(), names.get(cl.document()), titles.get(cl.document()), cl.begin(), cl.end(),
                        cl.text(), cl.version(),
                        context(sentences.apply(cl.document()), cl.begin(), cl.end()), changed(all, i, segmenter)));
            }
            String story = cf.claims().isEmpty() ? null : storyOf.get(cf.claims().get(0).document());
            out.add(new ConflictEntry(key(cf), cf.kind(), cf.severity(), cf.summary(), cf.consistent(), story, claims,
                    cf.details(), null));
        }
        return out;
    }

    private static List<ConflictEntry> withReviews(List<ConflictEntry> entries, Map<String, Reviews.Review> reviews) {
        return entries.stream().map(e -> new ConflictEntry(e.key(), e.kind(), e.severity(), e.summary(), e.consistent(), e.story(),
                e.claims(), e.details(), reviews.get(e.key()))).toList();
    }

    private static List<Conflict> exchange(List<ConflictEntry> entries, Function<String, String> names) {
        List<Conflict> out = new ArrayList<>();
        for (ConflictEntry e : entries) {
            Map<String, Object> details = new LinkedHashMap<>(e.details());
            if (e.review() != null) {
                Map<String, Object> review = new LinkedHashMap<>();
                review.put("status", e.review().status());
                review.put("note", e.review().note());
                review.put("user", e.review().user());
                review.put("at", e.review().at().toString());
                details.put("review", review);
            }
            out.add(new Conflict(e.kind(), e.summary(), e.severity(), e.consistent(), e.claims().stream()
                    .map(cl -> new Claim(names.apply(cl.document()), cl.begin(), cl.end(), cl.text(), cl.version())).toList(), details));
        }
        return out;
    }

    /** A stable key: the kind and the claims' documents and spans. */
    static String key(Conflict c) {
        StringBuilder s = new StringBuilder(c.kind()).append(c.consistent() ? "+" : "!");
        c.claims().stream().map(cl -> cl.document() + ":" + cl.begin() + "-" + cl.end()).sorted().forEach(x -> s.append('|').append(x));
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The spans of claim {@code i}'s text that its partner does not share (the first claim of another version,
     * else the first with another text), marked with the {@link WordDiff} the rules and the HTML report use.
     */
    static List<int[]> changed(List<Claim> claims, int i, TextSegmenter segmenter) {
        Claim claim = claims.get(i);
        int partner = -1;
        for (int k = 0; k < claims.size() && partner < 0; k++) {
            if (k != i && !Objects.equals(claims.get(k).version(), claim.version())) {
                partner = k;
            }
        }
        for (int k = 0; k < claims.size() && partner < 0; k++) {
            if (k != i && !Objects.equals(claims.get(k).text(), claim.text())) {
                partner = k;
            }
        }
        if (partner < 0 || segmenter == null || claim.text() == null || claims.get(partner).text() == null) {
            return List.of();
        }
        return WordDiff.changedSpans(segmenter.segment(claim.text()), segmenter.segment(claims.get(partner).text()),
                TextKeys::key);
    }

    /** The sentence around a claim, as the HTML report shows it. */
    static Map<String, Object> context(Segmentation segmentation, int begin, int end) {
        String text = segmentation == null ? null : segmentation.text();
        if (text == null || begin < 0 || end > text.length() || begin > end) {
            return null;
        }
        int[] s = ClaimContext.sentence(segmentation, begin, end, CONTEXT_LIMIT);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("begin", s[0]);
        m.put("end", s[1]);
        m.put("text", text.substring(s[0], s[1]));
        return m;
    }
}
