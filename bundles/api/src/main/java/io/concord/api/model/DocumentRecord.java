package io.concord.api.model;

import java.util.List;

/** A document with its annotations (sorted by begin, then longest first) and annotator outcomes. */
public record DocumentRecord(String id, String text, List<AnnotationRecord> annotations,
                             List<AnnotatorOutcome> outcomes) {
    public DocumentRecord {
        annotations = List.copyOf(annotations);
        outcomes = List.copyOf(outcomes);
    }

    /** The annotations of one exchange type, in document order. */
    public List<AnnotationRecord> annotations(String type) {
        return annotations.stream().filter(a -> a.type().equals(type)).toList();
    }
}
