/** News web pages read as documents: the article's text, headline and date. */
@Export
@Version("1.0.0")
package io.concord.html;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
