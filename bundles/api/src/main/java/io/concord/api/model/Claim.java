package io.concord.api.model;

/** One side of a conflict: a span of a document. Claims with equal {@code version} agree. */
public record Claim(String document, int begin, int end, String text, String version) {}
