package io.concord.api.model;

import java.util.List;

/**
 * What conflict detection found in a collection: disagreements, consistent groups, the stories, and (since 1.1)
 * the people of the collection, one identity per person across its documents.
 */
public record ConflictReport(List<Conflict> conflicts, List<Conflict> consistent, List<StoryInfo> stories,
                             List<PersonIdentity> people) {
    public ConflictReport {
        conflicts = List.copyOf(conflicts);
        consistent = List.copyOf(consistent);
        stories = List.copyOf(stories);
        people = List.copyOf(people);
    }

    /** A report without people, as before 1.1. */
    public ConflictReport(List<Conflict> conflicts, List<Conflict> consistent, List<StoryInfo> stories) {
        this(conflicts, consistent, stories, List.of());
    }

    public static ConflictReport empty() {
        return new ConflictReport(List.of(), List.of(), List.of(), List.of());
    }

    /** A story by id and the ids of its documents. */
    public record StoryInfo(String id, String label, List<String> documents) {
        public StoryInfo {
            documents = List.copyOf(documents);
        }
    }
}
