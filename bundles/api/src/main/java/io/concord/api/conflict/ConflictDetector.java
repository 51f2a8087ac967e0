package io.concord.api.conflict;

import java.util.List;

import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds where the documents of a collection disagree, and where they only look different. Implemented by
 * Concord's conflict bundle; third parties add {@link ConflictRule}s to it rather than implementing this.
 */
@ProviderType
public interface ConflictDetector {
    ConflictReport detect(List<DocumentRecord> documents);

    /**
     * The same, telling {@code progress} how far it has got. An implementation that cannot tell says
     * nothing until it is done.
     *
     * @since 1.2
     */
    default ConflictReport detect(List<DocumentRecord> documents, DetectionProgress progress) {
        ConflictReport report = detect(documents);
        progress.update(DetectionProgress.COMPARING, 1, 1);
        return report;
    }

    /**
     * Loads what detection will need (word senses, for example), so that a caller who knows detection is
     * coming, such as a batch at its start, can have it loaded beside other work instead of before the
     * first comparison. Safe to call more than once and from any thread; detection works without it.
     *
     * @since 1.3
     */
    default void prepare() {}
}
