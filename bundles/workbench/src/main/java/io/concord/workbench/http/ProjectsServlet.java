package io.concord.workbench.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import io.concord.api.workbench.WorkbenchPanel;
import io.concord.workbench.Workspace;
import io.concord.workbench.curation.ConflictView;
import io.concord.workbench.curation.Exports;
import io.concord.workbench.curation.Importer;
import io.concord.workbench.store.Changes;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.Projects;
import io.concord.workbench.store.StoreException;
import jakarta.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/projects}: projects, their documents, imports, annotation runs, changes, conflicts, entities, exports. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)
@HttpWhiteboardServletPattern("/api/projects/*")
public final class ProjectsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient Workspace ws;

    @Activate
    public ProjectsServlet(@Reference Workspace ws) {
        this.ws = ws;
    }

    @Override
    protected boolean created(String method, List<String> path) {
        return method.equals("POST") && (path.isEmpty() || path.size() == 2 && path.get(1).equals("documents"));
    }

    @Override
    protected Object handle(Call call) throws IOException {
        if (call.is("GET", 0)) {
            return ws.db().transaction(Projects::list).stream().map(p -> Views.project(p, conflictCount(p.id()))).toList();
        }
        if (call.is("POST", 0)) {
            String name = string(call.body(), "name");
            return Views.project(ws.db().transaction(c -> Projects.create(c, name, ws.user())), 0);
        }
        if (call.path().isEmpty()) {
            return NOT_FOUND;
        }
        long project = call.id(0);
        String area = call.segment(1);
        if (area == null) {
            return switch (call.method()) {
                case "GET" -> project(project);
                case "DELETE" -> {
                    ws.db().transaction(c -> {
                        Projects.delete(c, project);
                        return null;
                    });
                    ws.changed(project);
                    yield null;
                }
                default -> NOT_FOUND;
            };
        }
        return switch (area) {
            case "documents" -> call.is("POST", 2) ? upload(call, project) : NOT_FOUND;
            case "import-folder" -> call.is("POST", 2) ? importFolder(call, project) : NOT_FOUND;
            case "annotate" -> call.is("POST", 2) ? ws.reannotation().annotateProject(project, ws.user()) : NOT_FOUND;
            case "changes" -> changes(call, project);
            case "export" -> call.is("GET", 2) ? send(call, ws.exports().project(project, call.query("format"))) : NOT_FOUND;
            case "conflicts" -> conflicts(call, project);
            case "entities" -> entities(call, project);
            default -> NOT_FOUND;
        };
    }

    private Object project(long id) {
        Projects.Project project = ws.db().transaction(c -> Projects.get(c, id));
        List<ConflictView.ConflictEntry> conflicts = ws.conflicts().report(id).conflicts();
        Map<String, Object> out = Views.project(project, conflicts.size());
        Map<String, Integer> perDocument = conflictsPerDocument(conflicts);
        out.put("documents", ws.db().transaction(c -> Documents.summaries(c, id)).stream()
                .map(s -> Views.summary(s, perDocument.getOrDefault(String.valueOf(s.info().id()), 0))).toList());
        return out;
    }

    private Object upload(Call call, long project) throws IOException {
        byte[] bytes = readBody(call.request(), ws.config().maxUploadBytes());
        if (bytes.length == 0) {
            throw StoreException.notText("the file is empty");
        }
        return imported(ws.intake().file(project, call.query("name"), bytes, ws.user()));
    }

    private Object importFolder(Call call, long project) throws IOException {
        String asked = string(call.body(), "path");
        if (asked == null || asked.isBlank()) {
            throw StoreException.badRequest("say which folder to import (a folder inside " + ws.importFolder() + ")");
        }
        Path root = ws.importFolder().toRealPath();
        Path folder = root.resolve(asked).normalize();
        if (!folder.startsWith(root) || !Files.isDirectory(folder) || !folder.toRealPath().startsWith(root)) {
            throw StoreException.badRequest("only folders inside the workspace's import folder (" + root + ") can be imported");
        }
        return imported(ws.intake().folder(project, folder, Importer.DOCUMENT_GLOBS, ws.user()));
    }

    private static Object imported(Importer.Result result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("imported", result.imported().stream().map(Views::document).toList());
        out.put("skipped", result.skipped());
        return out;
    }

    private Object changes(Call call, long project) throws IOException {
        if (call.is("GET", 2)) {
            return ws.db().transaction(c -> {
                Map<Long, Documents.DocumentInfo> docs = new HashMap<>();
                Map<Long, String> texts = new HashMap<>();
                return Changes.pending(c, project, List.of()).stream().map(ch -> Views.change(ch,
                        docs.computeIfAbsent(ch.documentId(), k -> get(c, k)).name(),
                        texts.computeIfAbsent(ch.documentId(), k -> textOf(c, k)))).toList();
            });
        }
        if (call.is("POST", 2)) {
            JsonObject body = call.body();
            String action = string(body, "action");
            if (!"take".equals(action) && !"leave".equals(action)) {
                throw StoreException.badRequest("action is take or leave");
            }
            int[] done = ws.reannotation().decide(project, ids(body, "ids"), action.equals("take"), ws.user());
            return Map.of("taken", done[0], "left", done[1]);
        }
        return NOT_FOUND;
    }

    private Object conflicts(Call call, long project) throws IOException {
        if (call.is("GET", 2)) {
            return ws.conflicts().report(project);
        }
        if (call.is("PUT", 4) && "review".equals(call.segment(3))) {
            JsonObject body = call.body();
            Integer version = integer(body, "version");
            return ws.conflicts().review(project, call.segment(2), string(body, "status"), string(body, "note"),
                    version == null ? 0 : version, ws.user());
        }
        return NOT_FOUND;
    }

    private Object entities(Call call, long project) throws IOException {
        if (call.is("GET", 2)) {
            return ws.entities().list(project, call.query("type"));
        }
        if (call.is("POST", 3) && "merge".equals(call.segment(2))) {
            JsonObject body = call.body();
            return ws.entities().merge(project, string(body, "type"), strings(body, "keys"), string(body, "name"), ws.user());
        }
        if (call.is("POST", 3) && "split".equals(call.segment(2))) {
            JsonObject body = call.body();
            return ws.entities().split(project, string(body, "type"), ids(body, "annotations"), string(body, "name"), ws.user());
        }
        return NOT_FOUND;
    }

    static Object send(Call call, Exports.Download download) throws IOException {
        var resp = call.response();
        resp.setStatus(200);
        resp.setContentType(download.mediaType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName().replace("\"", "") + "\"");
        resp.setContentLength(download.bytes().length);
        resp.getOutputStream().write(download.bytes());
        resp.flushBuffer();
        return null;
    }

    private int conflictCount(long project) {
        try {
            return ws.conflicts().report(project).conflicts().size();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Map<String, Integer> conflictsPerDocument(List<ConflictView.ConflictEntry> conflicts) {
        Map<String, Integer> out = new HashMap<>();
        for (ConflictView.ConflictEntry e : conflicts) {
            e.claims().stream().map(ConflictView.ClaimView::document).distinct().forEach(d -> out.merge(d, 1, Integer::sum));
        }
        return out;
    }

    private static Documents.DocumentInfo get(java.sql.Connection c, long id) {
        try {
            return Documents.get(c, id);
        } catch (java.sql.SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    private static String textOf(java.sql.Connection c, long id) {
        try {
            return Documents.text(c, id);
        } catch (java.sql.SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }
}
