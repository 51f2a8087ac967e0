package io.concord.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConflictTest {
    /**
     * Two runs on the same input must write the same bytes: the details were copied into a map whose order
     * is drawn at random in each JVM, so conflicts.json listed a conflict's evidence in another order per run.
     */
    @Test
    void detailsKeepTheOrderTheRuleGaveThem() {
        Map<String, Object> details = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (String k : List.of("story", "rule", "dimension", "relativeGap", "values", "compatibleWithAll", "diff",
                "speakers", "a", "b", "c", "d")) {
            details.put(k, k.length());
            keys.add(k);
        }
        Conflict c = new Conflict("figure", "s", "high", false, List.of(), details);
        details.put("later", 1);

        assertEquals(keys, new ArrayList<>(c.details().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> c.details().put("x", 1));
        assertEquals(Map.of(), new Conflict("figure", "s", "high", false, List.of(), null).details());
    }
}
