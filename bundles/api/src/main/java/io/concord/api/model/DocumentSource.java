package io.concord.api.model;

/**
 * Where a document came from, as the batch or the workbench read it: its location (a path relative to the
 * input, never an absolute local path), and the title and publication date its source gives (a web page's
 * headline and date), each null when unknown.
 *
 * @param location  the document's file or entry, relative to what was given to read
 * @param title     the title the source gives the document
 * @param published the publication date as the source writes it (ISO 8601 in most web pages)
 * @since 1.2
 */
public record DocumentSource(String location, String title, String published) {
    /** Only a location. */
    public static DocumentSource at(String location) {
        return new DocumentSource(location, null, null);
    }
}
