package io.concord.workbench.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.api.Exporter;
import io.concord.api.workbench.WorkbenchPanel;
import io.concord.workbench.Workspace;
import jakarta.servlet.Servlet;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/session}, {@code /api/formats} and {@code /api/panels}: who works here, which export formats
 * are installed, and the panels other bundles contribute (whiteboard of {@link WorkbenchPanel}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)
@HttpWhiteboardServletPattern({"/api/session", "/api/formats", "/api/panels"})
public final class SessionServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient Workspace ws;
    private final String version;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<WorkbenchPanel> panels;

    @Activate
    public SessionServlet(@Reference Workspace ws, BundleContext context) {
        this.ws = ws;
        this.version = context.getBundle().getVersion().toString();
    }

    @Override
    protected Object handle(Call call) throws IOException {
        if (!call.method().equals("GET")) {
            return NOT_FOUND;
        }
        switch (call.request().getServletPath()) {
            case "/api/session": {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("user", ws.user());
                out.put("csrf", WorkbenchContext.csrfToken(ws.config().token()));
                out.put("concordVersion", version);
                return out;
            }
            case "/api/formats": {
                List<Map<String, Object>> out = new ArrayList<>();
                for (Exporter e : ws.exporters()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("format", e.format());
                    m.put("fileExtension", e.fileExtension());
                    m.put("mediaType", e.mediaType());
                    m.put("documents", e.writesDocuments());
                    m.put("collection", e.writesCollection());
                    out.add(m);
                }
                out.sort(Comparator.comparing(m -> m.get("format").toString()));
                return out;
            }
            case "/api/panels": {
                List<WorkbenchPanel> current = panels == null ? List.of() : panels;
                List<Map<String, Object>> out = new ArrayList<>();
                current.stream().sorted(Comparator.comparingInt(WorkbenchPanel::order).thenComparing(WorkbenchPanel::id)).forEach(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", p.id());
                    m.put("title", p.title());
                    m.put("module", p.module());
                    m.put("order", p.order());
                    out.add(m);
                });
                return out;
            }
            default:
                return NOT_FOUND;
        }
    }
}
