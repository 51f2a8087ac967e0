/**
 * Concord's service contract. Third parties implement {@link io.concord.api.Annotator} or
 * {@link io.concord.api.Exporter} and register them as OSGi services; Concord finds them (whiteboard).
 */
@Export
@Version("1.3.0")
package io.concord.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
