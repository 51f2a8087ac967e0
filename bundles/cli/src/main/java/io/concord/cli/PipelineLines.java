package io.concord.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.concord.api.AnnotatedDocument;
import io.concord.api.model.AnnotatorInfo;

/** What a batch says about its pipeline on stderr: the one it starts with, and each change while it runs. */
final class PipelineLines {
    private final String prefix;
    private final PrintStream err;
    private final AtomicReference<String> last = new AtomicReference<>();

    PipelineLines(String prefix, PrintStream err) {
        this.prefix = prefix;
        this.err = err;
    }

    /** The pipeline the batch starts with, and why any installed annotator is not part of it. */
    void started(List<AnnotatorInfo> infos) {
        List<String> active = infos.stream().filter(AnnotatorInfo::active).map(a -> a.id() + " " + a.version()).toList();
        err.println(prefix + "pipeline: " + (active.isEmpty() ? "(no annotators; drop annotator bundles into deploy/)"
                : String.join(" -> ", active)));
        for (AnnotatorInfo a : infos) {
            if (!a.active()) {
                err.println(prefix + "annotator " + a.id() + " " + a.version() + " is left out: it " + a.problem());
            }
        }
    }

    /** Says so once when documents start running on a different pipeline (a bundle was deployed or removed). */
    void ran(AnnotatedDocument doc) {
        String pipeline = String.join(" -> ", doc.outcomes().stream().map(o -> o.annotator() + " " + o.version()).toList());
        String before = last.getAndSet(pipeline);
        if (before != null && !before.equals(pipeline)) {
            err.println(prefix + "pipeline changed from document " + doc.id() + " on: "
                    + (pipeline.isEmpty() ? "(no annotators)" : pipeline));
        }
    }
}
