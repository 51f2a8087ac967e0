package io.concord.api.workbench;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A panel of the browser workbench, contributed by a bundle the way Eclipse plug-ins contribute views:
 * register this as a service (whiteboard), serve the panel's ES module and any endpoints it needs through
 * the OSGi servlet whiteboard, and the workbench lists it in its navigation while the bundle runs.
 * The module exports {@code render(element, context)}; {@code context.api(path, options)} calls the
 * workbench's HTTP API with the session's credentials; {@code render} may return a function that the
 * workbench calls when the panel is left.
 *
 * <p>A bundle's servlets and resources join the workbench by selecting its servlet context
 * ({@link #CONTEXT_SELECT}, e.g. with {@code @HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)}):
 * the context checks every request's access token, and while the workbench is not running they are not
 * served at all.
 */
@ConsumerType
public interface WorkbenchPanel {
    /** Name of the workbench's servlet context (OSGi servlet whiteboard). */
    String CONTEXT_NAME = "concord.workbench";

    /** Filter that selects the workbench's servlet context, for {@code osgi.http.whiteboard.context.select}. */
    String CONTEXT_SELECT = "(osgi.http.whiteboard.context.name=" + CONTEXT_NAME + ")";

    /** Stable id, used in the panel's address ({@code #/panel/ID}). */
    String id();

    /** Title shown in the navigation. */
    String title();

    /** Server path of the panel's ES module, e.g. {@code /panels/plugins/plugins-panel.js}. */
    String module();

    /** Position in the navigation, lowest first. */
    default int order() {
        return 100;
    }
}
