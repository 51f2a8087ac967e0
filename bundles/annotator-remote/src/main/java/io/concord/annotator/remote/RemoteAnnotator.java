package io.concord.annotator.remote;

import java.util.List;

import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Sends the document (and the annotations of the types it needs) to its endpoint and adds the answer's
 * annotations. Its type capabilities come from configuration, so the provider sets them on the
 * description instead of a {@code @TypeCapability}. Any failure fails this annotator on this document only.
 */
public final class RemoteAnnotator extends JCasAnnotator_ImplBase {
    public static final String PARAM_ENDPOINT = "endpoint";

    @ConfigurationParameter(name = PARAM_ENDPOINT, description = "Key of the configured endpoint (set by the provider).")
    private String endpointKey;

    private RemoteEndpoint endpoint;
    private final AnnotationsIntoCas into = new AnnotationsIntoCas();

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        endpoint = Endpoints.get(endpointKey);
        if (endpoint == null) {
            throw new ResourceInitializationException(new IllegalStateException(
                    "remote endpoint " + endpointKey + " is no longer configured"));
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        if (jcas.getDocumentText() == null) {
            return;
        }
        DocumentRecord doc = endpoint.settings.needs().isEmpty()
                ? new DocumentRecord(DocumentRecords.documentId(jcas), jcas.getDocumentText(), List.of(), List.of())
                : DocumentRecords.of(jcas, List.of());
        try {
            List<AnnotationRecord> found = endpoint.annotate(doc);
            into.add(jcas, doc.id(), found);
        } catch (RemoteFailure | ResourceInitializationException e) {
            throw new AnalysisEngineProcessException(e);
        } catch (InterruptedException e) {
            // the engine's time limit stopped us; it reports the overrun itself
            Thread.currentThread().interrupt();
            throw new AnalysisEngineProcessException(e);
        }
    }
}
