package io.concord.annotator.remote;

import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/** The body POSTed to an endpoint: schema, document id and text, and the annotations of the needed types. */
final class RemoteRequest {
    static final String SCHEMA = "concord.remote/1";

    // nulls are written: a figure's unit is null for counts, as in the exchange format
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private RemoteRequest() {}

    static String body(DocumentRecord doc, Set<String> needs) {
        JsonObject document = new JsonObject();
        document.addProperty("id", doc.id());
        document.addProperty("text", doc.text());
        JsonArray annotations = new JsonArray();
        for (AnnotationRecord a : doc.annotations()) {
            if (needs.contains(a.type())) {
                JsonObject o = new JsonObject();
                o.addProperty("type", a.type());
                o.addProperty("begin", a.begin());
                o.addProperty("end", a.end());
                o.addProperty("text", a.text());
                a.attributes().forEach((k, v) -> o.add(k, GSON.toJsonTree(v)));
                annotations.add(o);
            }
        }
        JsonObject body = new JsonObject();
        body.addProperty("schema", SCHEMA);
        body.add("document", document);
        body.add("annotations", annotations);
        return GSON.toJson(body);
    }
}
