package io.concord.annotator.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.concord.api.model.AnnotationRecord;

/**
 * Reads and checks an endpoint's answer. One bad annotation fails the whole document (with the reason),
 * because a response that is wrong in one place (offsets counted in bytes, say) is rarely right elsewhere.
 */
final class ResponseReader {
    /** Set by the engine, never by the endpoint; the workbench's curation status is not the endpoint's either. */
    private static final Set<String> ENGINE_FIELDS = Set.of("annotator", "annotatorVersion", "status");
    private static final Set<String> SPAN_FIELDS = Set.of("type", "begin", "end", "text");

    private final Set<String> produces;

    ResponseReader(Set<String> produces) {
        this.produces = produces;
    }

    List<AnnotationRecord> read(String body, String text) throws RemoteFailure {
        JsonElement root;
        try {
            root = JsonParser.parseString(body);
        } catch (JsonParseException e) {
            throw RemoteFailure.permanent("the response is not JSON: " + snippet(body));
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("annotations")
                || !root.getAsJsonObject().get("annotations").isJsonArray()) {
            throw RemoteFailure.permanent("the response is not an object with an \"annotations\" array: " + snippet(body));
        }
        List<AnnotationRecord> out = new ArrayList<>();
        int i = 0;
        for (JsonElement e : root.getAsJsonObject().getAsJsonArray("annotations")) {
            out.add(annotation(e, i++, text));
        }
        return out;
    }

    private AnnotationRecord annotation(JsonElement e, int i, String text) throws RemoteFailure {
        if (!e.isJsonObject()) {
            throw bad(i, "is not an object");
        }
        JsonObject o = e.getAsJsonObject();
        String type = string(o, "type", i);
        if (!produces.contains(type)) {
            throw bad(i, "has type '" + type + "', which this annotator does not produce (produces: " + String.join(", ", produces) + ")");
        }
        int begin = offset(o, "begin", i);
        int end = offset(o, "end", i);
        if (begin < 0 || end > text.length() || begin > end) {
            throw bad(i, "(" + type + " " + begin + "-" + end + ") is out of range: the text has " + text.length()
                    + " UTF-16 code units and begin <= end is required");
        }
        String covered = text.substring(begin, end);
        if (o.has("text") && !o.get("text").isJsonNull() && !o.get("text").getAsString().equals(covered)) {
            throw bad(i, "(" + type + " " + begin + "-" + end + ") says its text is \"" + o.get("text").getAsString()
                    + "\" but the document has \"" + covered + "\" there (offsets must be UTF-16 code units)");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> field : o.entrySet()) {
            String name = field.getKey();
            if (SPAN_FIELDS.contains(name) || ENGINE_FIELDS.contains(name)) {
                continue;
            }
            attributes.put(name, value(field.getValue(), name, i));
        }
        // an endpoint that gives no confidence stands by its answer
        attributes.putIfAbsent("confidence", 1.0);
        return new AnnotationRecord(type, begin, end, covered, attributes);
    }

    private static String string(JsonObject o, String name, int i) throws RemoteFailure {
        JsonElement v = o.get(name);
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            throw bad(i, "has no string \"" + name + "\"");
        }
        return v.getAsString();
    }

    private static int offset(JsonObject o, String name, int i) throws RemoteFailure {
        JsonElement v = o.get(name);
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
            throw bad(i, "has no number \"" + name + "\"");
        }
        double d = v.getAsDouble();
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw bad(i, "has \"" + name + "\": " + v + ", which is not a whole offset");
        }
        return (int) d;
    }

    /** Attributes are JSON scalars, as the CAS's primitive features are. */
    private static Object value(JsonElement v, String name, int i) throws RemoteFailure {
        if (v.isJsonNull()) {
            return null;
        }
        if (!v.isJsonPrimitive()) {
            throw bad(i, "has attribute \"" + name + "\" that is not a string, number, boolean or null");
        }
        JsonPrimitive p = v.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isNumber()) {
            double d = p.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }
        return p.getAsString();
    }

    private static RemoteFailure bad(int i, String what) {
        return RemoteFailure.permanent("response annotation " + i + " " + what);
    }

    static String snippet(String body) {
        String s = body == null ? "" : body.strip();
        return s.isEmpty() ? "(empty)" : s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
