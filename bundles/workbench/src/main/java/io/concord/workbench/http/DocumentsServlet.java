package io.concord.workbench.http;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.google.gson.JsonObject;
import io.concord.api.workbench.WorkbenchPanel;
import io.concord.workbench.Workspace;
import io.concord.workbench.curation.Curation;
import io.concord.workbench.store.Annotations;
import io.concord.workbench.store.CurationLog;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.StoredAnnotation;
import jakarta.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/documents}: a document with its annotations, adding annotations, undo, history, export, delete. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)
@HttpWhiteboardServletPattern("/api/documents/*")
public final class DocumentsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private static final List<String> CORE_TYPES = List.of("person", "place", "figure", "quote");
    private final transient Workspace ws;

    @Activate
    public DocumentsServlet(@Reference Workspace ws) {
        this.ws = ws;
    }

    @Override
    protected boolean created(String method, List<String> path) {
        return method.equals("POST") && path.size() == 2 && path.get(1).equals("annotations");
    }

    @Override
    protected Object handle(Call call) throws IOException {
        if (call.path().isEmpty()) {
            return NOT_FOUND;
        }
        long doc = call.id(0);
        String area = call.segment(1);
        if (area == null && call.method().equals("GET")) {
            return document(doc);
        }
        if (area == null && call.method().equals("DELETE")) {
            long project = ws.db().transaction(c -> {
                long p = Documents.get(c, doc).projectId();
                Documents.delete(c, doc);
                Projects.touch(c, p);
                return p;
            });
            ws.changed(project);
            return null;
        }
        return switch (area == null ? "" : area) {
            case "annotations" -> call.is("POST", 2) ? add(call, doc) : NOT_FOUND;
            case "undo" -> call.is("POST", 2) ? undo(doc) : NOT_FOUND;
            case "history" -> call.is("GET", 2) ? history(doc) : NOT_FOUND;
            case "export" -> call.is("GET", 2) ? ProjectsServlet.send(call, ws.exports().document(doc, call.query("format"))) : NOT_FOUND;
            default -> NOT_FOUND;
        };
    }

    private Object document(long id) {
        return ws.db().transaction(c -> {
            Documents.DocumentInfo d = Documents.get(c, id);
            String text = Documents.text(c, id);
            List<StoredAnnotation> annotations = Annotations.ofDocument(c, id);
            TreeSet<String> types = new TreeSet<>(Comparator.comparingInt((String t) -> CORE_TYPES.contains(t) ? CORE_TYPES.indexOf(t) : 99)
                    .thenComparing(t -> t));
            types.addAll(CORE_TYPES);
            annotations.forEach(a -> types.add(a.type()));
            Map<String, Object> out = Views.document(d);
            out.put("projectName", Projects.get(c, d.projectId()).name());
            out.put("text", text);
            out.put("annotations", annotations.stream().filter(a -> !a.status().equals(StoredAnnotation.DELETED))
                    .map(a -> Views.annotation(a, text)).toList());
            out.put("types", List.copyOf(types));
            return out;
        });
    }

    private Object add(Call call, long doc) throws IOException {
        JsonObject body = call.body();
        Integer begin = integer(body, "begin");
        Integer end = integer(body, "end");
        if (begin == null || end == null) {
            throw io.concord.workbench.store.StoreException.badRequest("an annotation needs begin and end");
        }
        StoredAnnotation made = ws.curation().add(doc, string(body, "type"), begin, end, map(body, "attributes"), ws.user());
        return Views.annotation(made, text(doc));
    }

    private Object undo(long doc) {
        Curation.Undone undone = ws.curation().undo(doc, ws.user());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("undone", undone.action());
        out.put("annotation", undone.annotation() == null ? null : Views.annotation(undone.annotation(), text(doc)));
        return out;
    }

    private Object history(long doc) {
        return ws.db().transaction(c -> CurationLog.history(c, doc, 200)).stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("action", a.action());
            m.put("annotation", a.annotationId());
            m.put("user", a.user());
            m.put("at", a.at().toString());
            m.put("undone", a.undone());
            return m;
        }).toList();
    }

    private String text(long doc) {
        return ws.db().transaction(c -> Documents.text(c, doc));
    }
}
