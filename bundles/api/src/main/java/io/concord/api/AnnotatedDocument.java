package io.concord.api;

import java.util.List;

import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import io.concord.api.model.DocumentSource;
import org.apache.uima.jcas.JCas;
import org.osgi.annotation.versioning.ProviderType;

/** A document after the pipeline ran on it; valid only inside the callback that receives it. */
@ProviderType
public interface AnnotatedDocument {
    String id();

    /** The CAS with all annotations (for exporters that need UIMA, such as XMI). */
    JCas jcas();

    /** The annotations as plain data, in the exchange model of the JSON format. */
    DocumentRecord record();

    /** How each annotator of the pipeline fared on this document. */
    List<AnnotatorOutcome> outcomes();

    /**
     * Where the document came from, with the title and date its source gives, as the CAS's document metadata
     * holds them.
     *
     * @since 1.2
     */
    default DocumentSource source() {
        return DocumentRecords.source(jcas());
    }

    /** True when every annotator ran to completion. */
    default boolean complete() {
        return outcomes().stream().allMatch(AnnotatorOutcome::ok);
    }
}
