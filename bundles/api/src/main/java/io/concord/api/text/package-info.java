/**
 * Reading documents: bytes to text, the same way for every entry point.
 */
@Export
@Version("1.0.0")
package io.concord.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
