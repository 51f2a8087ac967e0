/** News web pages and Markdown documents read as documents: the text, the headline and, for a page, its date. */
@Export
@Version("1.1.0")
package io.concord.html;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
