package io.concord.workbench.plugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import io.concord.api.AnnotationService;
import io.concord.api.Exporter;
import io.concord.api.conflict.ConflictRule;
import io.concord.api.workbench.WorkbenchPanel;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/plugins}: the annotators in pipeline order (and why one is left out), the exporters and
 * conflict rules with the bundles that provide them, and every bundle with its state. It is served in
 * the workbench's servlet context, which checks the access token, and only while the workbench runs.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)
@HttpWhiteboardServletPattern("/api/plugins")
public final class PluginsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient BundleContext context;
    private final transient AnnotationService annotation;

    @Activate
    public PluginsServlet(BundleContext context, @Reference AnnotationService annotation) {
        this.context = context;
        this.annotation = annotation;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("annotators", annotation.annotators());
        out.put("exporters", services(Exporter.class, (e, m) -> {
            m.put("format", e.format());
            m.put("fileExtension", e.fileExtension());
        }));
        out.put("rules", services(ConflictRule.class, (r, m) -> m.put("id", r.id())));
        List<Map<String, Object>> bundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.getBundleId());
            m.put("symbolicName", b.getSymbolicName());
            m.put("version", b.getVersion().toString());
            m.put("state", state(b.getState()));
            bundles.add(m);
        }
        out.put("bundles", bundles);
        byte[] json = new GsonBuilder().serializeNulls().create().toJson(out).getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/json; charset=utf-8");
        resp.setContentLength(json.length);
        resp.getOutputStream().write(json);
    }

    private <T> List<Map<String, Object>> services(Class<T> type, java.util.function.BiConsumer<T, Map<String, Object>> describe) {
        List<Map<String, Object>> out = new ArrayList<>();
        try {
            for (ServiceReference<T> ref : context.getServiceReferences(type, null)) {
                T service = context.getService(ref);
                if (service == null) {
                    continue;
                }
                try {
                    Map<String, Object> m = new LinkedHashMap<>();
                    describe.accept(service, m);
                    m.put("bundle", ref.getBundle().getSymbolicName());
                    m.put("version", ref.getBundle().getVersion().toString());
                    out.add(m);
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        out.sort(Comparator.comparing(m -> String.valueOf(m.values().iterator().next())));
        return out;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed (not resolved)";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }
}
