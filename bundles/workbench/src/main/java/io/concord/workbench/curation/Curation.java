package io.concord.workbench.curation;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

import io.concord.workbench.store.Annotations;
import io.concord.workbench.store.CurationLog;
import io.concord.workbench.store.Database;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.StoreException;
import io.concord.workbench.store.StoredAnnotation;

/**
 * A person's decisions on annotations: accept, reject, correct, add, delete, and undo. Each decision is one
 * transaction that changes the annotation (checking its version), logs who did what and when with the state
 * before and after, and marks the project changed.
 */
public final class Curation {
    /** What a person asks to change; null fields stay as they are. */
    public record Edit(Integer version, String status, Integer begin, Integer end, Map<String, Object> attributes) {}

    /** The result of an undo: the action undone and the annotation as it is now (null if it no longer exists). */
    public record Undone(String action, StoredAnnotation annotation) {}

    private final Database db;
    private final LongConsumer projectChanged;

    public Curation(Database db, LongConsumer projectChanged) {
        this.db = db;
        this.projectChanged = projectChanged;
    }

    public StoredAnnotation add(long documentId, String type, int begin, int end, Map<String, Object> attributes, String user) {
        String checkedType = AnnotationInput.type(type);
        Map<String, Object> attrs = AnnotationInput.attributes(attributes);
        return inProject(documentId, c -> {
            AnnotationInput.span(begin, end, Documents.get(c, documentId).chars());
            StoredAnnotation made = Annotations.insert(c, new StoredAnnotation(0, documentId, checkedType, begin, end, attrs,
                    StoredAnnotation.HUMAN, StoredAnnotation.ADDED, null, null, null, null, null, null, false, 1, user, Database.now()));
            CurationLog.record(c, documentId, "add", null, made, user);
            return made;
        });
    }

    public StoredAnnotation edit(long annotationId, Edit edit, String user) {
        if (edit.version() == null) {
            throw StoreException.badRequest("send the version of the annotation you changed, as read");
        }
        long documentId = db.transaction(c -> Annotations.get(c, annotationId).documentId());
        return inProject(documentId, c -> {
            StoredAnnotation now = Annotations.get(c, annotationId);
            if (now.version() != edit.version()) {
                throw StoreException.stale("this annotation was changed elsewhere (by " + now.updatedBy() + "); it now shows "
                        + "their version, so check it and try again", now);
            }
            int begin = edit.begin() == null ? now.begin() : edit.begin();
            int end = edit.end() == null ? now.end() : edit.end();
            Map<String, Object> attrs = now.attributes();
            if (edit.attributes() != null) {
                attrs = new LinkedHashMap<>(now.attributes());
                attrs.putAll(AnnotationInput.attributes(edit.attributes()));
            }
            boolean corrected = begin != now.begin() || end != now.end() || !attrs.equals(now.attributes());
            if (corrected) {
                AnnotationInput.span(begin, end, Documents.get(c, documentId).chars());
            }
            String status = nextStatus(now, edit.status(), corrected, begin, end, attrs);
            OffsetDateTime at = Database.now();
            StoredAnnotation next = Annotations.update(c, now.withDecision(begin, end, attrs, status, user, at), now.version());
            CurationLog.record(c, documentId, action(now, next, corrected), now, next, user);
            return next;
        });
    }

    /**
     * Sets one attribute on several annotations of a project in one transaction, each change logged as
     * {@code action} (entity merges and splits set {@code canonical} this way): all or none.
     */
    public void setAttribute(long projectId, String type, List<Long> annotationIds, String attribute, String value, String action,
                             String user) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(attribute, value);
        Map<String, Object> checked = AnnotationInput.attributes(change);
        db.transaction(c -> {
            for (long id : annotationIds) {
                StoredAnnotation now = Annotations.get(c, id);
                if (Documents.get(c, now.documentId()).projectId() != projectId || !now.type().equals(type) || !now.stands()) {
                    throw StoreException.badRequest("annotation " + id + " is not a standing " + type + " of this project");
                }
                Map<String, Object> attrs = new LinkedHashMap<>(now.attributes());
                attrs.putAll(checked);
                String status = nextStatus(now, null, !attrs.equals(now.attributes()), now.begin(), now.end(), attrs);
                StoredAnnotation next = Annotations.update(c, now.withDecision(now.begin(), now.end(), attrs, status, user,
                        Database.now()), now.version());
                CurationLog.record(c, now.documentId(), action, now, next, user);
            }
            Projects.touch(c, projectId);
            return null;
        });
        projectChanged.accept(projectId);
    }

    /**
     * Deletes an annotation. It stays in the workspace as {@code deleted}, so that a re-run of the annotators
     * does not offer it again and undo can bring it back.
     */
    public void delete(long annotationId, int version, String user) {
        edit(annotationId, new Edit(version, StoredAnnotation.DELETED, null, null, null), user);
    }

    /**
     * Undoes the newest decision on the document that is not undone yet. A person's decision is undone by
     * writing back the span, attributes and status it replaced; what the machine says (changed meanwhile by
     * a re-run) stays as it is now. A change taken from a re-run is undone whole. An action on an
     * annotation that no longer exists has nothing left to undo and is passed over.
     */
    public Undone undo(long documentId, String user) {
        return inProject(documentId, c -> {
            CurationLog.Action last;
            while ((last = CurationLog.latestUndoable(c, documentId)) != null) {
                StoredAnnotation now = current(c, last.after() != null ? last.after().id() : last.before().id());
                if (now == null && last.after() != null) {
                    CurationLog.markUndone(c, last.id());
                    continue;
                }
                StoredAnnotation result;
                if (last.before() == null) {
                    checkUnchangedSince(now, last.after());
                    Annotations.deleteRow(c, now.id());
                    result = null;
                } else if (now == null) {
                    Annotations.restore(c, last.before());
                    result = Annotations.get(c, last.before().id());
                } else {
                    checkUnchangedSince(now, last.after());
                    StoredAnnotation b = last.before();
                    StoredAnnotation back = last.action().startsWith("take-") ? b.stamped(user, Database.now())
                            : now.withDecision(b.begin(), b.end(), b.attributes(), b.status(), user, Database.now());
                    result = Annotations.update(c, back, now.version());
                }
                CurationLog.markUndone(c, last.id());
                return new Undone(last.action(), result);
            }
            throw StoreException.notFound("there is nothing to undo in this document");
        });
    }

    private static StoredAnnotation current(java.sql.Connection c, long id) throws java.sql.SQLException {
        try {
            return Annotations.get(c, id);
        } catch (StoreException gone) {
            return null;
        }
    }

    /**
     * Whether the annotation still holds what the action left. Content, not version, is compared: undoing
     * a later action restores the earlier content under a new version.
     */
    private static void checkUnchangedSince(StoredAnnotation now, StoredAnnotation expected) {
        boolean same = now.begin() == expected.begin() && now.end() == expected.end() && now.status().equals(expected.status())
                && Objects.equals(now.attributes(), expected.attributes());
        if (!same) {
            throw StoreException.stale("the annotation was changed again since (by " + now.updatedBy() + "), so the older "
                    + "decision cannot be undone", now);
        }
    }

    private static String nextStatus(StoredAnnotation now, String asked, boolean corrected, int begin, int end,
                                     Map<String, Object> attrs) {
        if (asked != null && !asked.equals(StoredAnnotation.ACCEPTED) && !asked.equals(StoredAnnotation.REJECTED)
                && !asked.equals(StoredAnnotation.PENDING) && !asked.equals(StoredAnnotation.DELETED)) {
            throw StoreException.badRequest("a status is accepted, rejected or pending (use DELETE to delete)");
        }
        if (now.origin().equals(StoredAnnotation.HUMAN)) {
            // A hand-made annotation is the person's own: it can be deleted or rejected, otherwise it stays "added".
            return asked == null || asked.equals(StoredAnnotation.ACCEPTED) || asked.equals(StoredAnnotation.PENDING)
                    ? StoredAnnotation.ADDED : asked;
        }
        boolean differsFromMachine = !Objects.equals(begin, now.machineBegin()) || !Objects.equals(end, now.machineEnd())
                || !Objects.equals(attrs, now.machineAttributes());
        if (asked == null) {
            return corrected || now.status().equals(StoredAnnotation.CORRECTED)
                    ? (differsFromMachine ? StoredAnnotation.CORRECTED : StoredAnnotation.ACCEPTED) : now.status();
        }
        if (asked.equals(StoredAnnotation.ACCEPTED) && differsFromMachine) {
            return StoredAnnotation.CORRECTED;
        }
        return asked;
    }

    private static String action(StoredAnnotation before, StoredAnnotation after, boolean corrected) {
        if (after.status().equals(StoredAnnotation.DELETED)) {
            return "delete";
        }
        if (corrected) {
            return "correct";
        }
        return switch (after.status()) {
            case StoredAnnotation.ACCEPTED, StoredAnnotation.CORRECTED -> before.status().equals(StoredAnnotation.DELETED) ? "restore" : "accept";
            case StoredAnnotation.REJECTED -> "reject";
            case StoredAnnotation.PENDING -> "reopen";
            default -> "edit";
        };
    }

    private <T> T inProject(long documentId, Database.Work<T> work) {
        long[] project = new long[1];
        T result = db.transaction(c -> {
            project[0] = Documents.get(c, documentId).projectId();
            T r = work.run(c);
            Projects.touch(c, project[0]);
            return r;
        });
        projectChanged.accept(project[0]);
        return result;
    }

}
