package io.concord.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AnnotationRecordTest {
    private static Map<String, Object> figure() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "count");
        m.put("value", 12L);
        m.put("unit", null);
        m.put("qualifier", "exact");
        return m;
    }

    @Test
    void keepsTheAttributesInTheirOrderWithTheirNulls() {
        AnnotationRecord r = new AnnotationRecord("figure", 0, 2, "12", figure());
        assertEquals(List.of("kind", "value", "unit", "qualifier"), List.copyOf(r.attributes().keySet()));
        assertTrue(r.attributes().containsKey("unit"));
        assertNull(r.attributes().get("unit"));
        assertNull(r.attributes().get("missing"));
        assertEquals("count", r.string("kind"));
        assertEquals(12.0, r.number("value"));
    }

    @Test
    void equalsARecordWithTheSameAttributesInAnyMap() {
        AnnotationRecord a = new AnnotationRecord("figure", 0, 2, "12", figure());
        AnnotationRecord b = new AnnotationRecord("figure", 0, 2, "12", new HashMap<>(figure()));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(figure(), a.attributes());
        assertEquals(a.attributes(), figure());
    }

    @Test
    void isImmutableAndIndependentOfTheMapItWasMadeFrom() {
        Map<String, Object> source = figure();
        AnnotationRecord r = new AnnotationRecord("figure", 0, 2, "12", source);
        source.put("kind", "money");
        assertEquals("count", r.string("kind"));
        assertThrows(UnsupportedOperationException.class, () -> r.attributes().put("kind", "money"));
        assertThrows(UnsupportedOperationException.class, () -> r.attributes().remove("kind"));
        assertThrows(UnsupportedOperationException.class, () -> r.attributes().entrySet().iterator().next()
                .setValue("x"));
    }
}
