package io.concord.api;

import java.io.IOException;
import java.io.OutputStream;

import io.concord.api.model.AnnotatedCollection;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes annotated documents, and optionally a whole collection (with its conflicts), in one format.
 * Registered as an OSGi service; selected by {@link #format()}.
 */
@ConsumerType
public interface Exporter {
    /** Format id used on the command line, e.g. {@code json}, {@code xmi}. */
    String format();

    /** File extension without the dot, e.g. {@code json}. */
    String fileExtension();

    /** Media type of what is written, e.g. {@code application/json}. */
    String mediaType();

    /** Whether this exporter writes one file per document. */
    default boolean writesDocuments() {
        return true;
    }

    /** Writes one document. Only called when {@link #writesDocuments()} is true. */
    void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException;

    /**
     * Writes one document with the user's {@code options}. A format that fixes what an option chooses keeps
     * its own way: this default ignores the options.
     */
    default void writeDocument(AnnotatedDocument document, OutputStream out, ExportOptions options)
            throws IOException {
        writeDocument(document, out);
    }

    /** Whether this exporter writes a file for the whole collection (e.g. its conflicts). */
    default boolean writesCollection() {
        return false;
    }

    /** Name of the collection file, e.g. {@code conflicts.json}. */
    default String collectionFileName() {
        return "conflicts." + fileExtension();
    }

    /** Writes the collection file. Only called when {@link #writesCollection()} is true. */
    default void writeCollection(AnnotatedCollection collection, OutputStream out) throws IOException {
        throw new UnsupportedOperationException(format() + " does not write collections");
    }

    /** Writes the collection file with the user's {@code options}; this default ignores them. */
    default void writeCollection(AnnotatedCollection collection, OutputStream out, ExportOptions options)
            throws IOException {
        writeCollection(collection, out);
    }
}
