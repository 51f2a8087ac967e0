package io.concord.api.model;

import java.util.List;

/** A collection after annotation and conflict detection, for exporters that write whole collections. */
public record AnnotatedCollection(List<DocumentRecord> documents, ConflictReport conflicts) {
    public AnnotatedCollection {
        documents = List.copyOf(documents);
    }
}
