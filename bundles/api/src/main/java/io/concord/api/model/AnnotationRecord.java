package io.concord.api.model;

import java.util.Map;

/**
 * One annotation as plain data. {@code type} is the exchange-format type ({@code person}, {@code place},
 * {@code figure}, {@code quote}, ...); {@code attributes} holds its other fields in exchange-format names
 * ({@code canonical}, {@code value}, {@code unit}, ..., plus {@code annotator}, {@code annotatorVersion},
 * {@code confidence}); a null value is written as JSON null. Offsets are UTF-16 code units, end exclusive.
 */
public record AnnotationRecord(String type, int begin, int end, String text, Map<String, Object> attributes) {
    public AnnotationRecord {
        // keeps insertion order and null values (a figure's unit is null for counts), compactly
        attributes = OrderedAttributes.copyOf(attributes);
    }

    /** A string attribute, or null. */
    public String string(String name) {
        Object v = attributes.get(name);
        return v == null ? null : v.toString();
    }

    /** A numeric attribute, or null when absent or not a number. */
    public Double number(String name) {
        return attributes.get(name) instanceof Number n ? n.doubleValue() : null;
    }
}
