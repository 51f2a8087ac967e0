package io.concord.workbench.store;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One annotation of a document as the workspace holds it: what counts now ({@code begin}, {@code end},
 * {@code attributes}, {@code status}) and, for machine annotations, what the annotator produced
 * ({@code machine*}), kept apart so that a correction never hides the suggestion and a re-run never
 * overwrites a decision. {@code machineGone}: the annotators no longer produce it (a person's decision
 * kept it). {@code version} is the optimistic lock.
 */
public record StoredAnnotation(long id, long documentId, String type, int begin, int end,
                               Map<String, Object> attributes, String origin, String status,
                               String annotator, String annotatorVersion, Double confidence,
                               Integer machineBegin, Integer machineEnd, Map<String, Object> machineAttributes,
                               boolean machineGone, int version, String updatedBy, OffsetDateTime updatedAt) {
    public static final String MACHINE = "machine";
    public static final String HUMAN = "human";

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";
    public static final String CORRECTED = "corrected";
    public static final String ADDED = "added";
    public static final String DELETED = "deleted";

    /** Whether the annotation stands in the curated document (counts for conflicts and exports). */
    public boolean stands() {
        return !status.equals(REJECTED) && !status.equals(DELETED);
    }

    /** Whether a person has decided on it (anything but an untouched machine suggestion). */
    public boolean decided() {
        return !status.equals(PENDING);
    }

    /** The machine's identity of this annotation, to match it with a later run's output; null for human ones. */
    public String machineKey() {
        return machineBegin == null ? null : key(type, machineBegin, machineEnd, annotator);
    }

    /** The same annotation with other human-decided values (span, attributes, status), by {@code user}. */
    public StoredAnnotation withDecision(int begin, int end, Map<String, Object> attributes, String status, String user,
                                         OffsetDateTime at) {
        return new StoredAnnotation(id, documentId, type, begin, end, attributes, origin, status, annotator, annotatorVersion,
                confidence, machineBegin, machineEnd, machineAttributes, machineGone, version, user, at);
    }

    /** The same annotation with what the machine says now (and, for undecided ones, the attributes that follow). */
    public StoredAnnotation withMachine(String annotatorVersion, Double confidence, Map<String, Object> machineAttributes,
                                        boolean machineGone, Map<String, Object> attributes, String user, OffsetDateTime at) {
        return new StoredAnnotation(id, documentId, type, begin, end, attributes, origin, status, annotator, annotatorVersion,
                confidence, machineBegin, machineEnd, machineAttributes, machineGone, version, user, at);
    }

    /** This state, stamped as written by {@code user} now (undo writes an older state back). */
    public StoredAnnotation stamped(String user, OffsetDateTime at) {
        return new StoredAnnotation(id, documentId, type, begin, end, attributes, origin, status, annotator, annotatorVersion,
                confidence, machineBegin, machineEnd, machineAttributes, machineGone, version, user, at);
    }

    public static String key(String type, int begin, int end, String annotator) {
        return type + '|' + begin + '|' + end + '|' + annotator;
    }
}
