package io.concord.workbench.http;

import java.util.LinkedHashMap;
import java.util.Map;

import io.concord.workbench.store.Changes;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.StoredAnnotation;

/** The JSON shapes of docs/workbench-http-api.md, made from what the store holds. */
final class Views {
    private Views() {}

    static Object of(Object stored) {
        if (stored instanceof StoredAnnotation a) {
            return annotation(a, null);
        }
        if (stored instanceof Projects.Project p) {
            return project(p, -1);
        }
        return stored;
    }

    static Map<String, Object> annotation(StoredAnnotation a, String documentText) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("document", a.documentId());
        m.put("type", a.type());
        m.put("begin", a.begin());
        m.put("end", a.end());
        m.put("text", documentText == null || a.end() > documentText.length() ? null : documentText.substring(a.begin(), a.end()));
        m.put("attributes", a.attributes());
        m.put("origin", a.origin());
        m.put("annotator", a.annotator());
        m.put("annotatorVersion", a.annotatorVersion());
        m.put("confidence", a.confidence());
        m.put("status", a.status());
        m.put("version", a.version());
        m.put("updatedBy", a.updatedBy());
        m.put("updatedAt", a.updatedAt() == null ? null : a.updatedAt().toString());
        m.put("machine", a.machineAttributes());
        if (a.machineBegin() != null) {
            m.put("machineBegin", a.machineBegin());
            m.put("machineEnd", a.machineEnd());
        }
        return m;
    }

    static Map<String, Object> project(Projects.Project p, int conflicts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("createdAt", p.createdAt().toString());
        m.put("createdBy", p.createdBy());
        m.put("documents", p.documents());
        m.put("annotations", p.annotations());
        m.put("decided", p.decided());
        m.put("pendingChanges", p.pendingChanges());
        if (conflicts >= 0) {
            m.put("conflicts", conflicts);
        }
        return m;
    }

    static Map<String, Object> document(Documents.DocumentInfo d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("project", d.projectId());
        m.put("name", d.name());
        m.put("title", d.title());
        m.put("chars", d.chars());
        return m;
    }

    static Map<String, Object> summary(Documents.DocumentSummary s, int conflicts) {
        Map<String, Object> m = document(s.info());
        m.put("annotations", s.annotations());
        m.put("decided", s.decided());
        m.put("byType", s.byType());
        m.put("conflicts", conflicts);
        return m;
    }

    static Map<String, Object> change(Changes.Change c, String documentName, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("document", c.documentId());
        m.put("documentName", documentName);
        m.put("kind", c.kind());
        m.put("type", c.type());
        m.put("begin", c.begin());
        m.put("end", c.end());
        m.put("text", text != null && c.end() <= text.length() ? text.substring(c.begin(), c.end()) : null);
        m.put("annotator", c.annotator());
        m.put("version", c.annotatorVersion());
        m.put("before", c.before());
        m.put("after", c.after());
        m.put("annotation", c.annotationId());
        return m;
    }
}
