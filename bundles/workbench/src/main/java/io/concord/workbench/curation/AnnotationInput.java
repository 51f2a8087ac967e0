package io.concord.workbench.curation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.concord.workbench.store.StoreException;

/** Checks what a person sends for an annotation: a known shape of type name, a span inside the text, plain attributes. */
final class AnnotationInput {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final int MAX_ATTRIBUTES = 40;
    private static final int MAX_VALUE = 2_000;

    private AnnotationInput() {}

    static String type(String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw StoreException.badRequest("an annotation type is a lower-case name such as person, place, figure or quote");
        }
        return type;
    }

    static void span(int begin, int end, int textLength) {
        if (begin < 0 || end > textLength || begin >= end) {
            throw StoreException.badRequest("the span " + begin + "-" + end + " is not inside the text (0-" + textLength
                    + ") or is empty");
        }
    }

    /** A copy holding only names and values an annotation can carry (strings, numbers, booleans, null). */
    static Map<String, Object> attributes(Map<String, Object> attributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (attributes == null) {
            return out;
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw StoreException.badRequest("an annotation has at most " + MAX_ATTRIBUTES + " attributes");
        }
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            if (!ATTRIBUTE.matcher(e.getKey()).matches()) {
                throw StoreException.badRequest("'" + abbreviate(e.getKey()) + "' is not an attribute name (letters, digits, _)");
            }
            Object v = e.getValue();
            if (v instanceof String s) {
                if (s.length() > MAX_VALUE) {
                    throw StoreException.badRequest("the value of " + e.getKey() + " is longer than " + MAX_VALUE + " characters");
                }
                out.put(e.getKey(), s.isEmpty() ? null : s);
            } else if (v == null || v instanceof Number || v instanceof Boolean) {
                out.put(e.getKey(), v);
            } else {
                throw StoreException.badRequest("the value of " + e.getKey() + " must be text, a number, true/false or null");
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
