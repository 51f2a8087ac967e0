package io.concord.export.json;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;

/**
 * The {@code concord.annotations/1} and {@code concord.conflicts/1} formats of GUIDELINES.md. Field order
 * follows the guidelines (type, begin, end, text, then attributes) so files diff well.
 */
public final class ConcordJson {
    public static final String ANNOTATIONS_SCHEMA = "concord.annotations/1";
    public static final String CONFLICTS_SCHEMA = "concord.conflicts/1";

    // serializeNulls: a figure's "unit": null is part of the format; disableHtmlEscaping keeps quotes readable.
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

    private ConcordJson() {}

    public static void writeDocument(DocumentRecord doc, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", ANNOTATIONS_SCHEMA);
        root.put("document", Map.of("id", doc.id(), "length", doc.text().length()));
        root.put("annotations", doc.annotations().stream().map(ConcordJson::annotation).toList());
        if (!doc.outcomes().isEmpty()) {
            root.put("annotators", doc.outcomes());
        }
        write(root, out);
    }

    public static void writeConflicts(ConflictReport report, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", CONFLICTS_SCHEMA);
        root.put("conflicts", report.conflicts().stream().map(ConcordJson::conflict).toList());
        root.put("consistent", report.consistent().stream().map(ConcordJson::conflict).toList());
        root.put("stories", report.stories());
        write(root, out);
    }

    private static Map<String, Object> annotation(AnnotationRecord a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", a.type());
        m.put("begin", a.begin());
        m.put("end", a.end());
        m.put("text", a.text());
        m.putAll(a.attributes());
        return m;
    }

    private static Map<String, Object> conflict(Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("summary", c.summary());
        if (c.severity() != null) {
            m.put("severity", c.severity());
        }
        m.put("claims", c.claims().stream().map(ConcordJson::claim).toList());
        if (!c.details().isEmpty()) {
            m.put("details", c.details());
        }
        return m;
    }

    private static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", c.document());
        m.put("begin", c.begin());
        m.put("end", c.end());
        m.put("text", c.text());
        if (c.version() != null) {
            m.put("version", c.version());
        }
        return m;
    }

    private static void write(Object root, Writer out) throws IOException {
        JsonWriter writer = GSON.newJsonWriter(out);
        GSON.toJson(root, Map.class, writer);
        writer.flush();
    }
}
