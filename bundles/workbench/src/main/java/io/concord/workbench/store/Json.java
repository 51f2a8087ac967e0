package io.concord.workbench.store;

import java.io.IOException;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.ToNumberPolicy;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.reflect.TypeToken;

/** The one Gson of the workbench: whole numbers stay longs, nulls are kept. */
public final class Json {
    public static final Gson GSON = new GsonBuilder()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeAdapter(OffsetDateTime.class, new TypeAdapter<OffsetDateTime>() {
                @Override
                public void write(JsonWriter out, OffsetDateTime value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                    } else {
                        out.value(value.toString());
                    }
                }

                @Override
                public OffsetDateTime read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    return OffsetDateTime.parse(in.nextString());
                }
            })
            .create();
    private static final Type ATTRIBUTES = new TypeToken<LinkedHashMap<String, Object>>() {}.getType();

    private Json() {}

    public static String attributes(Map<String, Object> attributes) {
        return attributes == null ? null : GSON.toJson(attributes, ATTRIBUTES);
    }

    public static Map<String, Object> attributes(String json) {
        if (json == null) {
            return null;
        }
        try {
            Map<String, Object> m = GSON.fromJson(json, ATTRIBUTES);
            return m == null ? new LinkedHashMap<>() : m;
        } catch (JsonParseException e) {
            throw new StoreException("stored attributes are not valid JSON", e);
        }
    }
}
