package io.concord.workbench;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the workbench, written by {@code bin/concord workbench} (or a {@code conf/io.concord.workbench.cfg}). */
@ObjectClassDefinition(name = "Concord workbench")
public @interface WorkbenchConfig {
    String PID = "io.concord.workbench";

    @AttributeDefinition(description = "Folder of the workspace: its database and import/ folder")
    String workspace();

    @AttributeDefinition(description = "Name recorded with every decision")
    String user() default "curator";

    @AttributeDefinition(description = "Access token; a request must carry it (cookie set from ?token=, or a bearer header)")
    String token();

    @AttributeDefinition(description = "Host name or address the server listens on; requests must name it (or loopback) as Host")
    String host() default "127.0.0.1";

    @AttributeDefinition(description = "JDBC URL of the database; empty: an embedded H2 database in the workspace")
    String jdbcUrl() default "";

    @AttributeDefinition(description = "Largest document that can be imported, in bytes")
    long maxDocumentBytes() default 5L * 1024 * 1024;

    @AttributeDefinition(description = "Largest upload (a zip of documents included), in bytes")
    long maxUploadBytes() default 50L * 1024 * 1024;
}
