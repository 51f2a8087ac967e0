package io.concord.workbench.curation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongConsumer;

import io.concord.api.AnnotationService;
import io.concord.api.model.AnnotationRecord;
import io.concord.workbench.store.Annotations;
import io.concord.workbench.store.Changes;
import io.concord.workbench.store.Changes.Change;
import io.concord.workbench.store.CurationLog;
import io.concord.workbench.store.Database;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.StoreException;
import io.concord.workbench.store.StoredAnnotation;

/**
 * Runs the current annotators on a project's documents. The first run of a document stores its
 * annotations as suggestions; later runs never touch what is stored, but record what the new output would
 * add, remove or change, by annotator and version, for a person to take or leave. Taking a change never
 * undoes a decision: on an accepted, corrected, rejected or deleted annotation it only updates what the
 * machine is recorded to have said.
 */
public final class Reannotation {
    /** Counts of one run, overall and by annotator and version. */
    public record Summary(int documents, int added, int removed, int changed, List<AnnotatorCount> byAnnotator) {}

    public record AnnotatorCount(String annotator, String version, int added, int removed, int changed) {}

    private static final List<String> PROVENANCE = List.of("annotator", "annotatorVersion", "confidence");

    private final Database db;
    private final AnnotationService annotation;
    private final LongConsumer projectChanged;

    public Reannotation(Database db, AnnotationService annotation, LongConsumer projectChanged) {
        this.db = db;
        this.annotation = annotation;
        this.projectChanged = projectChanged;
    }

    /** Annotates every document of the project (first run: suggestions; later: changes to decide on). */
    public Summary annotateProject(long projectId, String user) {
        List<Documents.DocumentInfo> docs = db.transaction(c -> Documents.ofProject(c, projectId));
        Map<String, int[]> counts = new TreeMap<>();
        for (Documents.DocumentInfo d : docs) {
            annotateDocument(d.id(), counts); // each marks the project changed and tells open pages
        }
        int[] total = new int[3];
        List<AnnotatorCount> by = new ArrayList<>();
        counts.forEach((k, v) -> {
            String[] av = k.split("@", 2);
            by.add(new AnnotatorCount(av[0], av.length > 1 ? av[1] : null, v[0], v[1], v[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += v[i];
            }
        });
        return new Summary(docs.size(), total[0], total[1], total[2], by);
    }

    /** Annotates one document; counts of changes go into {@code counts} by "annotator@version". */
    public void annotateDocument(long documentId, Map<String, int[]> counts) {
        String[] nameAndText = db.transaction(c -> new String[] {Documents.get(c, documentId).name(), Documents.text(c, documentId)});
        List<AnnotationRecord> produced;
        try {
            produced = annotation.annotate(nameAndText[0], nameAndText[1], null, doc -> doc.record().annotations());
        } catch (Exception e) {
            throw new StoreException("the annotators failed on " + nameAndText[0] + ": " + e.getMessage(), e);
        }
        long project = db.transaction(c -> {
            Documents.DocumentInfo info = Documents.lock(c, documentId);
            if (info.annotatedAt() == null) {
                for (AnnotationRecord r : produced) {
                    Annotations.insert(c, suggestion(documentId, r));
                }
            } else {
                Changes.dropPending(c, documentId);
                for (Change ch : diff(documentId, Annotations.ofDocument(c, documentId), produced)) {
                    Changes.insert(c, ch);
                    int slot = ch.kind().equals(Changes.ADDED) ? 0 : ch.kind().equals(Changes.REMOVED) ? 1 : 2;
                    counts.computeIfAbsent(ch.annotator() + "@" + ch.annotatorVersion(), k -> new int[3])[slot]++;
                }
                refreshVersions(c, documentId, produced);
            }
            Documents.markAnnotated(c, documentId);
            Projects.touch(c, info.projectId());
            return info.projectId();
        });
        projectChanged.accept(project);
    }

    /** What the new output changes against the machine's part of what is stored. */
    static List<Change> diff(long documentId, List<StoredAnnotation> stored, List<AnnotationRecord> produced) {
        Map<String, StoredAnnotation> byKey = new HashMap<>();
        for (StoredAnnotation a : stored) {
            if (a.machineKey() != null) {
                byKey.putIfAbsent(a.machineKey(), a);
            }
        }
        List<Change> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (AnnotationRecord r : produced) {
            String key = StoredAnnotation.key(r.type(), r.begin(), r.end(), r.string("annotator"));
            seen.put(key, true);
            StoredAnnotation old = byKey.get(key);
            Map<String, Object> attrs = content(r);
            if (old == null) {
                out.add(change(documentId, null, Changes.ADDED, r, null, attrs));
            } else if (old.machineGone()) {
                // produced again after it was gone: the same annotation, the machine says it once more
                out.add(change(documentId, old.id(), Changes.CHANGED, r, null, attrs));
            } else if (!Objects.equals(old.machineAttributes(), attrs)) {
                out.add(change(documentId, old.id(), Changes.CHANGED, r, old.machineAttributes(), attrs));
            }
        }
        for (StoredAnnotation old : byKey.values()) {
            if (!seen.containsKey(old.machineKey()) && !old.machineGone()) {
                out.add(new Change(0, documentId, old.id(), Changes.REMOVED, old.type(), old.machineBegin(), old.machineEnd(),
                        old.annotator(), old.annotatorVersion(), old.confidence(), old.machineAttributes(), null));
            }
        }
        return out;
    }

    /**
     * Takes or leaves pending changes of the project (all of them when {@code ids} is empty). Each change
     * taken is logged as a curation action, so undo can take it back.
     */
    public int[] decide(long projectId, List<Long> ids, boolean take, String user) {
        int[] done = db.transaction(c -> {
            int n = 0;
            for (Change ch : Changes.pending(c, projectId, ids)) {
                if (!Changes.decide(c, ch.id(), take ? "taken" : "left", user)) {
                    continue; // decided by another request meanwhile
                }
                if (take) {
                    apply(c, ch, user);
                }
                n++;
            }
            Projects.touch(c, projectId);
            return new int[] {take ? n : 0, take ? 0 : n};
        });
        projectChanged.accept(projectId);
        return done;
    }

    private static void apply(Connection c, Change ch, String user) throws SQLException {
        String action = "take-" + ch.kind();
        if (ch.kind().equals(Changes.ADDED)) {
            StoredAnnotation made = Annotations.insert(c, new StoredAnnotation(0, ch.documentId(), ch.type(), ch.begin(), ch.end(),
                    ch.after(), StoredAnnotation.MACHINE, StoredAnnotation.PENDING, ch.annotator(), ch.annotatorVersion(),
                    ch.confidence(), ch.begin(), ch.end(), ch.after(), false, 1, user, Database.now()));
            CurationLog.record(c, ch.documentId(), action, null, made, user);
            return;
        }
        StoredAnnotation a;
        try {
            a = Annotations.get(c, ch.annotationId());
        } catch (StoreException gone) {
            return; // the annotation was deleted for good meanwhile: nothing left to change
        }
        StoredAnnotation after;
        if (ch.kind().equals(Changes.REMOVED)) {
            if (!a.decided()) {
                Annotations.deleteRow(c, a.id());
                after = null;
            } else {
                // The person's decision stands; the machine just no longer says it.
                after = Annotations.update(c, a.withMachine(ch.annotatorVersion(), a.confidence(), a.machineAttributes(), true,
                        a.attributes(), user, Database.now()), a.version());
            }
        } else {
            Map<String, Object> attrs = a.decided() ? a.attributes() : ch.after();
            after = Annotations.update(c, a.withMachine(ch.annotatorVersion(), ch.confidence(), ch.after(), false, attrs, user,
                    Database.now()), a.version());
        }
        CurationLog.record(c, ch.documentId(), action, a, after, user);
    }

    /** Same output from a newer version: the stored provenance follows, nothing else changes. */
    private static void refreshVersions(Connection c, long documentId, List<AnnotationRecord> produced) throws SQLException {
        Map<String, AnnotationRecord> byKey = new HashMap<>();
        produced.forEach(r -> byKey.put(StoredAnnotation.key(r.type(), r.begin(), r.end(), r.string("annotator")), r));
        for (StoredAnnotation a : Annotations.ofDocument(c, documentId)) {
            AnnotationRecord r = a.machineKey() == null ? null : byKey.get(a.machineKey());
            if (r != null && !a.machineGone() && Objects.equals(a.machineAttributes(), content(r))
                    && !Objects.equals(a.annotatorVersion(), r.string("annotatorVersion"))) {
                Annotations.update(c, a.withMachine(r.string("annotatorVersion"), a.confidence(), a.machineAttributes(), false,
                        a.attributes(), a.updatedBy(), a.updatedAt()), a.version());
            }
        }
    }

    private static StoredAnnotation suggestion(long documentId, AnnotationRecord r) {
        Map<String, Object> attrs = content(r);
        return new StoredAnnotation(0, documentId, r.type(), r.begin(), r.end(), attrs, StoredAnnotation.MACHINE,
                StoredAnnotation.PENDING, r.string("annotator"), r.string("annotatorVersion"), r.number("confidence"),
                r.begin(), r.end(), attrs, false, 1, "machine", Database.now());
    }

    private static Change change(long documentId, Long annotationId, String kind, AnnotationRecord r,
                                 Map<String, Object> before, Map<String, Object> after) {
        return new Change(0, documentId, annotationId, kind, r.type(), r.begin(), r.end(), r.string("annotator"),
                r.string("annotatorVersion"), r.number("confidence"), before, after);
    }

    /** A record's attributes without provenance, in the JSON shape the store keeps (numbers as long or double). */
    static Map<String, Object> content(AnnotationRecord r) {
        Map<String, Object> out = new LinkedHashMap<>();
        r.attributes().forEach((k, v) -> {
            if (!PROVENANCE.contains(k)) {
                out.put(k, v instanceof Integer i ? Long.valueOf(i) : v instanceof Float f ? Double.valueOf(f) : v);
            }
        });
        return out;
    }
}
