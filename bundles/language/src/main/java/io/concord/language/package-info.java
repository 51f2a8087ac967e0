/**
 * English language data shared by Concord's annotators and conflict rules. Each list is kept once, as a
 * plain text resource beside its class (one entry per line, {@code #} comments), so a fix reaches every
 * reader. Lookups are case-sensitive unless a method says otherwise.
 */
@Export
@Version("1.1.0")
package io.concord.language;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
