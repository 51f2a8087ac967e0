package io.concord.workbench.http;

import java.io.IOException;

import io.concord.api.workbench.WorkbenchPanel;
import io.concord.workbench.EventHub;
import io.concord.workbench.Workspace;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/events}: the server-sent event stream of {@link EventHub}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)
@HttpWhiteboardServletPattern("/api/events")
@HttpWhiteboardServletAsyncSupported
public final class EventsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient EventHub hub;

    /** The workspace is required only so that the stream is served while a workspace is open. */
    @Activate
    public EventsServlet(@Reference EventHub hub, @Reference Workspace ws) {
        this.hub = hub;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/event-stream");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write("retry: 3000\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        resp.flushBuffer();
        AsyncContext async = req.startAsync();
        async.setTimeout(0);
        hub.register(async);
    }
}
