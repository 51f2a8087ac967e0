package io.concord.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.concord.api.model.AnnotatorInfo;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.DocumentSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs documents through the current annotator pipeline. Each call uses the pipeline as it was when
 * the call started: annotators installed, updated or removed meanwhile take effect from the next call.
 * Thread-safe.
 */
@ProviderType
public interface AnnotationService {
    /** The annotators known now, in run order, followed by those left out (with the reason). */
    List<AnnotatorInfo> annotators();

    /**
     * Annotates one document and hands it to {@code callback} while its CAS is held; the CAS is reused
     * afterwards, so the callback must not keep the {@link AnnotatedDocument}. A failing or slow annotator
     * does not fail the call: it is reported in {@link AnnotatedDocument#outcomes()}.
     *
     * @param documentId the document's id (its file name without extension)
     * @param text the document text, exactly as it should be annotated
     * @param source where the text came from, or {@code null}
     */
    <R> R annotate(String documentId, String text, String source, DocumentCallback<R> callback) throws Exception;

    /**
     * As {@link #annotate(String, String, String, DocumentCallback)}, with what the source says of the document
     * (its title and publication date), which the CAS's document metadata and the exports carry.
     *
     * @since 1.2
     */
    default <R> R annotateFrom(DocumentSource source, String documentId, String text, DocumentCallback<R> callback)
            throws Exception {
        return annotate(documentId, text, source == null ? null : source.location(), callback);
    }

    /**
     * Builds a CAS from annotations made elsewhere (for example curated in the workbench), without running
     * any annotator, and hands it to {@code callback} as {@link #annotate} does, so that every exporter
     * can write it. The record's annotations are mapped back by {@link DocumentRecords#fill}.
     */
    <R> R open(DocumentRecord record, DocumentCallback<R> callback) throws Exception;

    /**
     * As {@link #open(DocumentRecord, DocumentCallback)}, with where the document came from, which the CAS's
     * document metadata and the exports carry.
     *
     * @since 1.3
     */
    default <R> R openFrom(DocumentSource source, DocumentRecord record, DocumentCallback<R> callback) throws Exception {
        return open(record, callback);
    }

    /**
     * Reads a UIMA XMI document (Concord's own, or one curated in INCEpTION or another UIMA tool) into a record:
     * its text, the annotations of the types this Concord knows as they are, and DKPro Core's named entities
     * ({@code PER}, {@code LOC}, {@code GPE}) as people and places, marked as given by the input. Types Concord
     * does not know are passed over, so a file of any type system loads.
     *
     * @param documentId the document's id
     * @param xmi the XMI, read to its end but not closed
     * @throws IOException when it cannot be read or is no UIMA XMI, with a reason a user can act on
     * @since 1.3
     */
    default DocumentRecord readXmi(String documentId, InputStream xmi) throws IOException {
        throw new UnsupportedOperationException("this annotation service reads no XMI");
    }

    /** Receives an annotated document. */
    @FunctionalInterface
    interface DocumentCallback<R> {
        R accept(AnnotatedDocument document) throws Exception;
    }
}
