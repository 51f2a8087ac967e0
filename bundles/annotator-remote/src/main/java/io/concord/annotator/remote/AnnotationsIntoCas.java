package io.concord.annotator.remote;

import java.util.List;

import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.types.ConcordAnnotation;
import io.concord.types.ConcordTypeSystem;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.util.CasCopier;
import org.apache.uima.util.CasCreationUtils;

/**
 * Adds exchange records to a CAS that already holds a document. {@link DocumentRecords#fill} is the one
 * mapping from records to UIMA features, but it writes a whole document into an empty CAS; so the
 * records are filled into a scratch CAS (made once per engine, reset per document) and copied over.
 */
final class AnnotationsIntoCas {
    private JCas scratch;

    void add(JCas target, String documentId, List<AnnotationRecord> records) throws ResourceInitializationException {
        if (records.isEmpty()) {
            return;
        }
        JCas from = scratch();
        from.reset();
        DocumentRecords.fill(from, new DocumentRecord(documentId, target.getDocumentText(), records, List.of()));
        CasCopier copier = new CasCopier(from.getCas(), target.getCas());
        for (ConcordAnnotation a : from.select(ConcordAnnotation.class)) {
            target.getCas().addFsToIndexes(copier.copyFs(a));
        }
    }

    private JCas scratch() throws ResourceInitializationException {
        if (scratch == null) {
            // as the engine makes its CASes: JCas classes are the types bundle's own
            ResourceManager rm = UIMAFramework.newDefaultResourceManager();
            try {
                rm.setExtensionClassLoader(ConcordTypeSystem.jcasClassLoader(), true);
                scratch = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null, null, rm).getJCas();
            } catch (ResourceInitializationException e) {
                throw e;
            } catch (Exception e) {
                throw new ResourceInitializationException(e);
            }
        }
        return scratch;
    }
}
