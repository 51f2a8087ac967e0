package io.concord.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A disagreement between reports ({@code consistent == false}), or a group of statements that look
 * different but agree ({@code consistent == true}). {@code kind} is one of {@code figure}, {@code quote},
 * {@code role}, {@code date}, {@code attribution}, {@code other}; {@code severity} is {@code high},
 * {@code medium} or {@code low}. {@code details} carries rule-specific evidence (e.g. a word diff).
 */
public record Conflict(String kind, String summary, String severity, boolean consistent, List<Claim> claims,
                       Map<String, Object> details) {
    public Conflict {
        claims = List.copyOf(claims);
        details = details == null ? Map.of() : ordered(details);
    }

    /** The details in the order the rule gave them (so two runs write the same bytes); no nulls, unmodifiable. */
    private static Map<String, Object> ordered(Map<String, Object> details) {
        Map<String, Object> copy = new LinkedHashMap<>();
        details.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(copy);
    }
}
