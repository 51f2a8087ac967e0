package io.concord.api.conflict;

import java.util.List;

import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import org.osgi.annotation.versioning.ConsumerType;

/** Finds where the documents of a collection disagree, and where they only look different. */
@ConsumerType
public interface ConflictDetector {
    ConflictReport detect(List<DocumentRecord> documents);
}
