/**
 * The contract between the launcher and command bundles. The launcher puts this package on its class path
 * and exports it from the system bundle at the version below, so it may use JDK types only.
 */
@Export
@Version("1.2.0")
package io.concord.command;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
