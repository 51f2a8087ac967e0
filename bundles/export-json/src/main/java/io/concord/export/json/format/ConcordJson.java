package io.concord.export.json.format;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import io.concord.api.ExportOptions;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.DocumentSource;
import io.concord.api.model.PersonIdentity;

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
        writeDocument(doc, out, ExportOptions.DEFAULT);
    }

    /**
     * A document's annotations with offsets in the unit of {@code options} (its {@code length} too), and its
     * text when asked for.
     */
    public static void writeDocument(DocumentRecord doc, Writer out, ExportOptions options) throws IOException {
        writeDocument(doc, out, options, null);
    }

    /**
     * As {@link #writeDocument(DocumentRecord, Writer, ExportOptions)}, with where the document came from: its
     * location, and the title and publication date its source gives, each written when known.
     */
    public static void writeDocument(DocumentRecord doc, Writer out, ExportOptions options, DocumentSource source)
            throws IOException {
        Offsets offsets = Offsets.of(doc.text(), options.offsets());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", doc.id());
        document.put("length", offsets.of(doc.text().length()));
        // Java, JavaScript and .NET index strings in UTF-16 units, Python in code points: say which
        document.put("offsets", options.offsets().label());
        // which text the offsets are into: a reader checks it before slicing (a web page's text is extracted)
        document.put("sha256", sha256(doc.text()));
        if (source != null) {
            putIfKnown(document, "source", source.location());
            putIfKnown(document, "title", source.title());
            putIfKnown(document, "published", source.published());
        }
        if (options.withText()) {
            document.put("text", doc.text());
        }
        // streamed annotation by annotation: a document with half a million figures never holds a second copy
        JsonWriter writer = GSON.newJsonWriter(out);
        writer.beginObject();
        writer.name("schema").value(ANNOTATIONS_SCHEMA);
        writer.name("document");
        GSON.toJson(document, Map.class, writer);
        writer.name("annotations").beginArray();
        for (AnnotationRecord a : doc.annotations()) {
            GSON.toJson(annotation(a, offsets), Map.class, writer);
        }
        writer.endArray();
        if (!doc.outcomes().isEmpty()) {
            writer.name("annotators");
            GSON.toJson(doc.outcomes(), List.class, writer);
        }
        writer.endObject();
        writer.flush();
    }

    public static void writeConflicts(ConflictReport report, Writer out) throws IOException {
        writeConflicts(report, out, ExportOptions.DEFAULT, List.of());
    }

    /**
     * The conflicts of a collection, claim offsets in the unit of {@code options}; {@code documents} give the
     * texts the offsets are into (needed for code points only).
     */
    public static void writeConflicts(ConflictReport report, Writer out, ExportOptions options,
                                      List<DocumentRecord> documents) throws IOException {
        Map<String, Offsets> byDocument = new HashMap<>();
        if (options.offsets() != ExportOptions.OffsetUnit.UTF16) {
            documents.forEach(d -> byDocument.put(d.id(), Offsets.of(d.text(), options.offsets())));
        }
        java.util.function.Function<String, Offsets> offsetsOf = id -> byDocument.getOrDefault(id, Offsets.UTF16);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", CONFLICTS_SCHEMA);
        root.put("offsets", options.offsets().label());
        root.put("conflicts", report.conflicts().stream().map(c -> conflict(c, offsetsOf)).toList());
        root.put("consistent", report.consistent().stream().map(c -> conflict(c, offsetsOf)).toList());
        root.put("stories", report.stories());
        if (!report.people().isEmpty()) {
            root.put("people", options.offsets() == ExportOptions.OffsetUnit.UTF16 ? report.people()
                    : report.people().stream().map(p -> new PersonIdentity(p.id(), p.canonical(), p.names(),
                            p.mentions().stream().map(m -> mention(m, offsetsOf.apply(m.document()))).toList()))
                            .toList());
        }
        write(root, out);
    }

    private static Map<String, Object> annotation(AnnotationRecord a, Offsets offsets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", a.type());
        m.put("begin", offsets.of(a.begin()));
        m.put("end", offsets.of(a.end()));
        m.put("text", a.text());
        m.putAll(a.attributes());
        return m;
    }

    private static Map<String, Object> conflict(Conflict c, java.util.function.Function<String, Offsets> offsetsOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind());
        m.put("summary", c.summary());
        if (c.severity() != null) {
            m.put("severity", c.severity());
        }
        m.put("claims", c.claims().stream().map(claim -> claim(claim, offsetsOf.apply(claim.document()))).toList());
        if (!c.details().isEmpty()) {
            m.put("details", c.details());
        }
        return m;
    }

    private static PersonIdentity.Mention mention(PersonIdentity.Mention m, Offsets offsets) {
        return new PersonIdentity.Mention(m.document(), offsets.of(m.begin()), offsets.of(m.end()), m.text());
    }

    private static Map<String, Object> claim(Claim c, Offsets offsets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", c.document());
        m.put("begin", offsets.of(c.begin()));
        m.put("end", offsets.of(c.end()));
        m.put("text", c.text());
        if (c.version() != null) {
            m.put("version", c.version());
        }
        return m;
    }

    /**
     * A {@code concord.annotations/1} file read back, with the document's {@code text} (the file holds the
     * offsets, not the text). Numbers come back as {@code Long} when whole, else {@code Double}.
     *
     * @throws IOException when the file is not of this format or not of this text (another length or hash)
     */
    public static DocumentRecord readDocument(Reader in, String text) throws IOException {
        JsonObject root;
        try {
            root = JsonParser.parseReader(in).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IOException("not JSON: " + e.getMessage(), e);
        }
        JsonElement schema = root.get("schema");
        if (schema == null || !schema.isJsonPrimitive() || !ANNOTATIONS_SCHEMA.equals(schema.getAsString())) {
            throw new IOException("not a " + ANNOTATIONS_SCHEMA + " file");
        }
        try {
            JsonObject document = root.getAsJsonObject("document");
            ExportOptions.OffsetUnit unit = document.has("offsets")
                    ? ExportOptions.OffsetUnit.of(document.get("offsets").getAsString()) : ExportOptions.OffsetUnit.UTF16;
            Offsets offsets = Offsets.of(text, unit);
            int length = offsets.of(text.length());
            if (document.get("length").getAsInt() != length) {
                throw new IOException("written for a text of " + document.get("length").getAsInt()
                        + " characters, not " + length);
            }
            if (document.has("sha256") && !document.get("sha256").getAsString().equals(sha256(text))) {
                throw new IOException("written for another text of the same length (its sha256 differs)");
            }
            List<AnnotationRecord> annotations = new ArrayList<>();
            for (JsonElement e : root.getAsJsonArray("annotations")) {
                JsonObject a = e.getAsJsonObject();
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (Map.Entry<String, JsonElement> f : a.entrySet()) {
                    if (!List.of("type", "begin", "end", "text").contains(f.getKey())) {
                        attributes.put(f.getKey(), value(f.getValue()));
                    }
                }
                int begin = a.get("begin").getAsInt();
                int end = a.get("end").getAsInt();
                if (begin < 0 || end < begin || end > length) {
                    throw new IOException("an annotation spans " + begin + "-" + end + ", outside the text of "
                            + length + " characters");
                }
                begin = offsets.utf16(begin);
                end = offsets.utf16(end);
                annotations.add(new AnnotationRecord(a.get("type").getAsString(), begin, end, a.get("text").getAsString(),
                        attributes));
            }
            List<AnnotatorOutcome> outcomes = new ArrayList<>();
            if (root.has("annotators")) {
                for (JsonElement e : root.getAsJsonArray("annotators")) {
                    JsonObject o = e.getAsJsonObject();
                    outcomes.add(new AnnotatorOutcome(o.get("annotator").getAsString(), string(o, "version"),
                            AnnotatorOutcome.Status.valueOf(o.get("status").getAsString()), string(o, "message"),
                            o.has("millis") ? o.get("millis").getAsLong() : 0));
                }
            }
            return new DocumentRecord(document.get("id").getAsString(), text, annotations, outcomes);
        } catch (RuntimeException e) {
            throw new IOException("not a valid " + ANNOTATIONS_SCHEMA + " file: " + e, e);
        }
    }

    private static void putIfKnown(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hex. */
    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String string(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
    }

    private static Object value(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isNumber()) {
                double d = p.getAsDouble();
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("a number beyond the range of a double: " + p.getAsString());
                }
                return d == Math.rint(d) && Math.abs(d) < 1e15 && !p.getAsString().contains(".") ? (Object) p.getAsLong() : d;
            }
            return p.getAsString();
        }
        return GSON.fromJson(e, Object.class);
    }

    private static void write(Object root, Writer out) throws IOException {
        JsonWriter writer = GSON.newJsonWriter(out);
        GSON.toJson(root, Map.class, writer);
        writer.flush();
    }
}
