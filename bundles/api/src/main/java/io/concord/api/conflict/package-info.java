/**
 * Cross-document conflict detection. The detector groups documents into stories and applies every
 * {@link io.concord.api.conflict.ConflictRule} service to each story, so a third party adds a rule as a bundle.
 */
@Export
@Version("1.3.0")
package io.concord.api.conflict;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
