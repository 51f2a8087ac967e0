/**
 * Contributions to the browser workbench: panels, found by the workbench as services (whiteboard).
 */
@Export
@Version("1.0.0")
package io.concord.api.workbench;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
