package io.concord.api.conflict;

import java.util.List;

import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One kind of disagreement (figures, quotes, roles, dates, ...), applied to the documents of one story.
 * Registered as an OSGi service; the conflict detector applies all rules it finds.
 */
@ConsumerType
public interface ConflictRule {
    /** Stable identifier, e.g. {@code figures}. */
    String id();

    /**
     * Conflicts and consistent groups among the documents of one story. Returned
     * {@link Conflict#consistent()} entries are statements that look different but agree.
     */
    List<Conflict> apply(Story story);
}
