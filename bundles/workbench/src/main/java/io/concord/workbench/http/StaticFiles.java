package io.concord.workbench.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import io.concord.api.workbench.WorkbenchPanel;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The front end: files of this bundle's {@code static/} folder, {@code /} being {@code index.html}. Only
 * names made of plain path segments are looked up, so no request reaches outside that folder.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)
@HttpWhiteboardServletPattern("/")
public final class StaticFiles extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "json", "application/json; charset=utf-8");
    private final transient BundleContext context;

    @Activate
    public StaticFiles(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        if (!path.matches("(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+") || path.contains("..")) {
            resp.sendError(404);
            return;
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        URL url = context.getBundle().getEntry("static" + path);
        if (url == null || !TYPES.containsKey(ext) || path.endsWith("/")) {
            resp.sendError(404);
            return;
        }
        resp.setContentType(TYPES.get(ext));
        resp.setHeader("Cache-Control", "no-cache");
        try (InputStream in = url.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
