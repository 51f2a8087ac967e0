/**
 * Plain data of Concord's exchange model (the {@code concord.annotations/1} and {@code concord.conflicts/1}
 * JSON formats): immutable records, JDK types only, so they cross bundle and process boundaries freely.
 */
@Export
@Version("1.3.0")
package io.concord.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
