/**
 * Reading documents: bytes to text, the same way for every entry point, and the tokens and sentences
 * the segmenter found in them.
 */
@Export
@Version("1.7.0")
package io.concord.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
