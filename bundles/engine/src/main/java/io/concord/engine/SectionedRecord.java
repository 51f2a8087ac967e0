package io.concord.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;

/**
 * A document's record put together from the records of its sections: annotations moved to offsets in the
 * whole text, and one outcome per annotator (its time summed, the first section it failed on named).
 */
final class SectionedRecord {
    private final String documentId;
    private final String text;
    private final int sections;
    private final List<AnnotationRecord> annotations = new ArrayList<>();
    private final Map<String, AnnotatorOutcome> outcomes = new LinkedHashMap<>();

    SectionedRecord(String documentId, String text, int sections) {
        this.documentId = documentId;
        this.text = text;
        this.sections = sections;
    }

    /** Adds section {@code index}, which starts at {@code offset} of the whole text. */
    void add(int index, int offset, DocumentRecord section) {
        for (AnnotationRecord a : section.annotations()) {
            annotations.add(new AnnotationRecord(a.type(), a.begin() + offset, a.end() + offset, a.text(), a.attributes()));
        }
        for (AnnotatorOutcome o : section.outcomes()) {
            AnnotatorOutcome before = outcomes.get(o.annotator());
            long millis = o.millis() + (before == null ? 0 : before.millis());
            if (before != null && !before.ok()) {
                outcomes.put(o.annotator(), new AnnotatorOutcome(before.annotator(), before.version(), before.status(),
                        before.message(), millis));
            } else if (!o.ok()) {
                outcomes.put(o.annotator(), new AnnotatorOutcome(o.annotator(), o.version(), o.status(),
                        "section " + (index + 1) + " of " + sections + " (from character " + offset + "): " + o.message(),
                        millis));
            } else {
                outcomes.put(o.annotator(), new AnnotatorOutcome(o.annotator(), o.version(), o.status(), o.message(),
                        millis));
            }
        }
    }

    List<AnnotatorOutcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    DocumentRecord record() {
        return new DocumentRecord(documentId, text, annotations, outcomes());
    }
}
