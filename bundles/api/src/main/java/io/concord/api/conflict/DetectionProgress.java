package io.concord.api.conflict;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told how far a conflict detection has got, so that a long one can show it: first the documents grouped
 * into stories, then the stories compared. Called on the detecting thread; keep it quick.
 *
 * @since 1.2
 */
@ConsumerType
@FunctionalInterface
public interface DetectionProgress {
    /** Phase of grouping documents into stories; {@code done} and {@code total} count documents. */
    String GROUPING = "grouping";
    /** Phase of comparing the reports of each story; {@code done} and {@code total} count stories. */
    String COMPARING = "comparing";

    /** Listens to nothing. */
    DetectionProgress NONE = (phase, done, total) -> { };

    /** {@code done} of {@code total} units of {@code phase} are finished. */
    void update(String phase, int done, int total);
}
