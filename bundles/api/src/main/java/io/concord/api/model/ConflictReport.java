package io.concord.api.model;

import java.util.List;

/** What conflict detection found in a collection: disagreements, consistent groups, and the stories. */
public record ConflictReport(List<Conflict> conflicts, List<Conflict> consistent, List<StoryInfo> stories) {
    public ConflictReport {
        conflicts = List.copyOf(conflicts);
        consistent = List.copyOf(consistent);
        stories = List.copyOf(stories);
    }

    public static ConflictReport empty() {
        return new ConflictReport(List.of(), List.of(), List.of());
    }

    /** A story by id and the ids of its documents. */
    public record StoryInfo(String id, String label, List<String> documents) {
        public StoryInfo {
            documents = List.copyOf(documents);
        }
    }
}
