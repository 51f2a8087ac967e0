package io.concord.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/** Builds annotated documents for tests: each annotation is placed on the next occurrence of its text. */
public final class TestDocs {
    private final String id;
    private final String text;
    private final List<AnnotationRecord> annotations = new ArrayList<>();
    private final Map<String, Integer> searchFrom = new HashMap<>();

    private TestDocs(String id, String text) {
        this.id = id;
        this.text = text;
    }

    public static TestDocs doc(String id, String text) {
        return new TestDocs(id, text);
    }

    /** Annotates the next occurrence of {@code covered}; {@code attrs} alternate names and values. */
    public TestDocs add(String type, String covered, Object... attrs) {
        int from = searchFrom.getOrDefault(covered, 0);
        int begin = text.indexOf(covered, from);
        if (begin < 0) {
            throw new IllegalArgumentException("'" + covered + "' not in " + id);
        }
        searchFrom.put(covered, begin + 1);
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            m.put((String) attrs[i], attrs[i + 1]);
        }
        annotations.add(new AnnotationRecord(type, begin, begin + covered.length(), covered, m));
        return this;
    }

    public TestDocs person(String covered, String canonical) {
        return add("person", covered, "canonical", canonical);
    }

    public TestDocs person(String covered, String canonical, String role) {
        return add("person", covered, "canonical", canonical, "role", role);
    }

    public TestDocs place(String covered, String canonical) {
        return add("place", covered, "canonical", canonical, "kind", "country");
    }

    public TestDocs quote(String covered, String speaker) {
        return add("quote", covered, "speaker", speaker);
    }

    public TestDocs figure(String covered, String kind, Object value, String unit, String qualifier) {
        return add("figure", covered, "kind", kind, "value", value, "unit", unit, "qualifier", qualifier);
    }

    public TestDocs date(String covered, String timex) {
        return add("figure", covered, "kind", "date", "value", timex, "unit", null, "qualifier", "exact");
    }

    public DocumentRecord build() {
        List<AnnotationRecord> sorted = new ArrayList<>(annotations);
        sorted.sort(Comparator.comparingInt(AnnotationRecord::begin));
        return new DocumentRecord(id, text, sorted, List.of());
    }
}
