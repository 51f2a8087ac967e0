package io.concord.workbench.store;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One annotation of a document as the workspace holds it: what counts now ({@code begin}, {@code end},
 * {@code attributes}, {@code status}) and, for machine annotations, what the annotator produced
 * ({@code machine*}), kept apart so that a correction never hides the suggestion and a re-run never
 * overwrites a decision. {@code version} is the optimistic lock.
 */
public record StoredAnnotation(long id, long documentId, String type, int begin, int end,
                               Map<String, Object> attributes, String origin, String status,
                               String annotator, String annotatorVersion, Double confidence,
                               Integer machineBegin, Integer machineEnd, Map<String, Object> machineAttributes,
                               int version, String updatedBy, OffsetDateTime updatedAt) {
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

    public static String key(String type, int begin, int end, String annotator) {
        return type + '|' + begin + '|' + end + '|' + annotator;
    }
}
