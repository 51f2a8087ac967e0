package io.concord.api.model;

import java.util.List;

/** Documents that report the same story; only these are compared with one another. */
public record Story(String id, List<DocumentRecord> documents) {
    public Story {
        documents = List.copyOf(documents);
    }
}
