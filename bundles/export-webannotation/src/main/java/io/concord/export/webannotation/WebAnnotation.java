package io.concord.export.webannotation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.api.text.CodePointOffsets;

/**
 * One document's annotations as a W3C Web Annotation Data Model {@code AnnotationCollection} in JSON-LD
 * (https://www.w3.org/TR/annotation-model/): one page, embedded as {@code first}, holding one
 * {@code Annotation} per Concord annotation. Each targets the document ({@code urn:concord:doc:<id>}) with a
 * {@code TextPositionSelector} and a {@code TextQuoteSelector}; its bodies classify it (the type), identify it
 * (the canonical name, when there is one) and describe it (every other attribute, as a JSON string).
 * Only terms of the W3C context {@code http://www.w3.org/ns/anno.jsonld} are used as keys.
 *
 * <p>The model counts positions in Unicode code points; Concord's offsets are UTF-16 code units (Java string
 * indices), so every character outside the Basic Multilingual Plane (an emoji) before an annotation moves it
 * by one. The text is the one Concord annotated, line ends as they were: {@code \r\n} is two code points.
 */
final class WebAnnotation {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String URN_PREFIX = "urn:concord:";
    /** How many code points of context a {@code TextQuoteSelector} gives before and after the quote. */
    static final int CONTEXT_LENGTH = 32;
    /** Attributes that say who made the annotation: the {@code creator}, not part of the describing body. */
    private static final Set<String> PROVENANCE = Set.of("annotator", "annotatorVersion");

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();
    /** The describing body's value: compact, and a figure's {@code "unit": null} kept, as in the JSON export. */
    private static final Gson ATTRIBUTES = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private WebAnnotation() {}

    static void write(String id, DocumentRecord doc, Writer out) throws IOException {
        JsonWriter writer = GSON.newJsonWriter(out);
        GSON.toJson(collection(id, doc), Map.class, writer);
        writer.flush();
    }

    /** The collection as nested maps and lists, in the order the keys are written. */
    static Map<String, Object> collection(String id, DocumentRecord doc) {
        String text = doc.text() == null ? "" : doc.text();
        String source = documentIri(id);
        CodePointOffsets positions = CodePointOffsets.of(text);
        List<Object> items = new ArrayList<>();
        int n = 0;
        for (AnnotationRecord a : doc.annotations()) {
            if (a.begin() < 0 || a.end() > text.length() || a.begin() > a.end()) {
                continue; // not an annotation of this text; no selector could find it
            }
            items.add(annotation(source + ":annotation:" + (++n), source, a, text, positions));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", source + ":annotations:page-1");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.put("items", items);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", CONTEXT);
        root.put("id", source + ":annotations");
        root.put("type", "AnnotationCollection");
        root.put("label", "Concord annotations of " + id);
        root.put("generator", agent(URN_PREFIX + "software:concord", "Concord", null));
        root.put("total", items.size());
        root.put("first", page);
        root.put("last", page.get("id"));
        return root;
    }

    private static Map<String, Object> annotation(String iri, String source, AnnotationRecord a, String text,
                                                  CodePointOffsets positions) {
        // an offset inside a surrogate pair would cut a character in two: widen to whole characters
        int begin = positions.wholeBefore(a.begin());
        int end = Math.max(begin, positions.wholeAfter(a.end()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", iri);
        m.put("type", "Annotation");
        m.put("motivation", "classifying");
        String annotator = a.string("annotator");
        if (annotator != null) {
            String version = a.string("annotatorVersion");
            m.put("creator", agent(URN_PREFIX + "annotator:" + encode(annotator)
                            + (version == null ? "" : ":" + encode(version)),
                    version == null ? annotator : annotator + " " + version, annotator));
        }
        m.put("body", bodies(a));

        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", positions.at(begin));
        position.put("end", positions.at(end));
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", text.substring(begin, end));
        String prefix = text.substring(positions.back(begin, CONTEXT_LENGTH), begin);
        String suffix = text.substring(end, positions.forward(end, CONTEXT_LENGTH));
        if (!prefix.isEmpty()) {
            quote.put("prefix", prefix);
        }
        if (!suffix.isEmpty()) {
            quote.put("suffix", suffix);
        }
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("type", "SpecificResource");
        target.put("source", source);
        target.put("selector", List.of(position, quote));
        m.put("target", target);
        return m;
    }

    /** The type (classifying), the canonical name (identifying), the other attributes as JSON (describing). */
    private static List<Object> bodies(AnnotationRecord a) {
        List<Object> bodies = new ArrayList<>();
        bodies.add(textualBody("classifying", a.type(), "text/plain"));
        String canonical = a.string("canonical");
        if (canonical != null && !canonical.isBlank()) {
            bodies.add(textualBody("identifying", canonical, "text/plain"));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        a.attributes().forEach((name, value) -> {
            if (!PROVENANCE.contains(name)) {
                attributes.put(name, value);
            }
        });
        if (!attributes.isEmpty()) {
            bodies.add(textualBody("describing", ATTRIBUTES.toJson(attributes), "application/json"));
        }
        return bodies;
    }

    private static Map<String, Object> textualBody(String purpose, String value, String format) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        b.put("format", format);
        return b;
    }

    private static Map<String, Object> agent(String iri, String name, String nickname) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", iri);
        m.put("type", "Software");
        m.put("name", name);
        if (nickname != null) {
            m.put("nickname", nickname);
        }
        return m;
    }

    /**
     * The document's IRI: {@code urn:concord:doc:} and its id, every character but ASCII letters, digits and
     * {@code -._~} percent-encoded as UTF-8 (an id from a relative path holds {@code /}; a {@code :} encoded
     * keeps {@code :annotation:} and {@code :annotations} unambiguous).
     */
    static String documentIri(String id) {
        return URN_PREFIX + "doc:" + encode(id == null ? "" : id);
    }

    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
