package io.concord.api.model;

import java.util.List;
import java.util.Map;

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
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
