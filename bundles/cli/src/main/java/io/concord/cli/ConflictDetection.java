package io.concord.cli;

import java.io.PrintStream;
import java.util.List;

import io.concord.api.conflict.ConflictDetector;
import io.concord.api.conflict.DetectionProgress;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;

/**
 * Conflict detection over the documents a batch annotated, contained: a bad rule, a pathological text or too
 * little memory costs the collection files, never the documents already written.
 */
final class ConflictDetection {
    /** The report, or null with the problem to record when detection did not complete. */
    record Outcome(ConflictReport report, String problem) {}

    private ConflictDetection() {}

    static Outcome run(ConflictDetector detector, List<DocumentRecord> annotated, DetectionProgress progress,
                       PrintStream err, String prefix) {
        if (detector == null) {
            return new Outcome(ConflictReport.empty(), null);
        }
        try {
            return new Outcome(detector.detect(annotated, progress), null);
        } catch (OutOfMemoryError e) {
            // no collection file: an empty conflict report would say that the reports agree
            String problem = "conflict detection ran out of memory (" + annotated.size() + " documents); the documents "
                    + "are written; give Concord more heap with CONCORD_JAVA_OPTS=-Xmx4g, or look for conflicts in "
                    + "smaller collections";
            err.println(prefix + problem);
            return new Outcome(null, problem);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            String problem = "conflict detection failed: " + Throwables.describe(e);
            Throwables.traceIfDebug("conflict detection", e, err);
            err.println(prefix + problem + "; the document files are complete");
            return new Outcome(null, problem);
        }
    }
}
