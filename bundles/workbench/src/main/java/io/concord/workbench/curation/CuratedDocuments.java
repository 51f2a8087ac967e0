package io.concord.workbench.curation;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.workbench.store.Annotations;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.StoredAnnotation;

/**
 * A project's documents in the exchange model as curated: the annotations that stand (rejected and
 * deleted ones left out), with their provenance and curation status. This is what conflict detection and
 * exports see, so a correction changes both.
 */
public final class CuratedDocuments {
    private CuratedDocuments() {}

    /** Every document of the project; the record id is the workspace's document id. */
    public static List<DocumentRecord> ofProject(Connection c, long projectId) throws SQLException {
        List<DocumentRecord> out = new ArrayList<>();
        for (Documents.DocumentInfo d : Documents.ofProject(c, projectId)) {
            out.add(of(c, d.id(), String.valueOf(d.id())));
        }
        return out;
    }

    public static DocumentRecord of(Connection c, long documentId, String recordId) throws SQLException {
        String text = Documents.text(c, documentId);
        List<AnnotationRecord> records = new ArrayList<>();
        for (StoredAnnotation a : Annotations.ofDocument(c, documentId)) {
            if (a.stands()) {
                records.add(record(a, text));
            }
        }
        return new DocumentRecord(recordId, text, records, List.of());
    }

    static AnnotationRecord record(StoredAnnotation a, String text) {
        Map<String, Object> attrs = new LinkedHashMap<>(a.attributes());
        attrs.put("annotator", a.origin().equals(StoredAnnotation.HUMAN) ? "human:" + a.updatedBy() : a.annotator());
        attrs.put("annotatorVersion", a.annotatorVersion());
        attrs.put("confidence", a.confidence() == null ? 1.0 : a.confidence());
        attrs.put("status", a.status());
        return new AnnotationRecord(a.type(), a.begin(), a.end(), text.substring(a.begin(), a.end()), attrs);
    }
}
