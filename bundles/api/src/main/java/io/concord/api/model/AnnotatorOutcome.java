package io.concord.api.model;

/** How one annotator fared on one document. */
public record AnnotatorOutcome(String annotator, String version, Status status, String message, long millis) {
    public enum Status { OK, FAILED, TIMEOUT }

    public boolean ok() {
        return status == Status.OK;
    }
}
