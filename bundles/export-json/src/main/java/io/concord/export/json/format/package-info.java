/**
 * The {@code concord.annotations/1} and {@code concord.conflicts/1} files, written and read: the one place
 * that knows their layout (the exporter writes them, a resumed batch reads its earlier output back).
 */
@Export
@Version("1.0.0")
package io.concord.export.json.format;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
