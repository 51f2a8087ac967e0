package io.concord.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A document with its annotations (sorted by begin, then longest first) and annotator outcomes; a record
 * made by the pipeline also carries where the segmenter found its tokens and sentences ({@code segments},
 * null otherwise), which is derived from the text and so left out of equality.
 */
public record DocumentRecord(String id, String text, List<AnnotationRecord> annotations,
                             List<AnnotatorOutcome> outcomes, TextSegments segments) {
    public DocumentRecord {
        annotations = List.copyOf(annotations);
        outcomes = List.copyOf(outcomes);
    }

    /** A record without segments (read from a file, or made outside the pipeline). */
    public DocumentRecord(String id, String text, List<AnnotationRecord> annotations, List<AnnotatorOutcome> outcomes) {
        this(id, text, annotations, outcomes, null);
    }

    /** The annotations of one exchange type, in document order. */
    public List<AnnotationRecord> annotations(String type) {
        return annotations.stream().filter(a -> a.type().equals(type)).toList();
    }

    /**
     * This document with other annotations: the same id, text, outcomes and segments.
     *
     * @since 1.3
     */
    public DocumentRecord withAnnotations(List<AnnotationRecord> replaced) {
        return new DocumentRecord(id, text, replaced, outcomes, segments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentRecord d && Objects.equals(id, d.id) && Objects.equals(text, d.text)
                && annotations.equals(d.annotations) && outcomes.equals(d.outcomes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, annotations, outcomes);
    }

    @Override
    public String toString() {
        return "DocumentRecord[id=" + id + ", " + annotations.size() + " annotations, " + outcomes.size()
                + " outcomes" + (segments == null ? "" : ", " + segments) + "]";
    }
}
