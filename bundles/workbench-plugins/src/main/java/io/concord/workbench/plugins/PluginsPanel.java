package io.concord.workbench.plugins;

import io.concord.api.workbench.WorkbenchPanel;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The plug-ins panel, contributed to the workbench from this bundle: the panel service (whiteboard of
 * {@link WorkbenchPanel}) and, through the servlet whiteboard, its script under {@code /panels/plugins/}.
 */
@Component(service = WorkbenchPanel.class)
@HttpWhiteboardResource(pattern = "/panels/plugins/*", prefix = "/panel")
@HttpWhiteboardContextSelect(WorkbenchPanel.CONTEXT_SELECT)
public final class PluginsPanel implements WorkbenchPanel {
    @Override
    public String id() {
        return "plugins";
    }

    @Override
    public String title() {
        return "Plug-ins";
    }

    @Override
    public String module() {
        return "/panels/plugins/plugins-panel.js";
    }

    @Override
    public int order() {
        return 10;
    }
}
