package io.concord.workbench.http;

import java.io.IOException;

import com.google.gson.JsonObject;
import io.concord.api.workbench.WorkbenchPanel;
import io.concord.workbench.Workspace;
import io.concord.workbench.curation.Curation;
import io.concord.workbench.store.Documents;
import io.concord.workbench.store.StoreException;
import io.concord.workbench.store.StoredAnnotation;
import jakarta.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/annotations/{id}}: accept, reject, correct (PATCH) and delete one annotation. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)
@HttpWhiteboardServletPattern("/api/annotations/*")
public final class AnnotationsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient Workspace ws;

    @Activate
    public AnnotationsServlet(@Reference Workspace ws) {
        this.ws = ws;
    }

    @Override
    protected Object handle(Call call) throws IOException {
        if (call.path().size() != 1) {
            return NOT_FOUND;
        }
        long id = call.id(0);
        switch (call.method()) {
            case "GET":
                return withText(ws.db().transaction(c -> io.concord.workbench.store.Annotations.get(c, id)));
            case "PATCH": {
                JsonObject body = call.body();
                Curation.Edit edit = new Curation.Edit(integer(body, "version"), string(body, "status"), integer(body, "begin"),
                        integer(body, "end"), map(body, "attributes"));
                return withText(ws.curation().edit(id, edit, ws.user()));
            }
            case "DELETE": {
                String version = call.query("version");
                if (version == null || !version.matches("\\d{1,9}")) {
                    throw StoreException.badRequest("send the version of the annotation you delete (?version=N)");
                }
                ws.curation().delete(id, Integer.parseInt(version), ws.user());
                return null;
            }
            default:
                return NOT_FOUND;
        }
    }

    private Object withText(StoredAnnotation a) {
        return Views.annotation(a, ws.db().transaction(c -> Documents.text(c, a.documentId())));
    }
}
