package io.concord.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.xml.sax.SAXException;

/**
 * Reads UIMA XMI into a record of what Concord can hold: the text, annotations of the pipeline's types as they
 * are, and DKPro Core's named entities (what INCEpTION's curated named-entity layer writes) as people and
 * places. The file is read leniently, so types Concord does not know (tokens, lemmas, custom layers) are passed
 * over instead of failing the document.
 */
final class XmiDocuments {
    /** DKPro Core's named-entity type, with its {@code value} feature (PER, LOC, ORG, ...). */
    static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
    /** The annotator named on annotations that came with the input rather than from an annotator. */
    static final String GIVEN_BY_INPUT = "xmi-input";

    private static final Set<String> PERSON_VALUES = Set.of("per", "person", "pers");
    private static final Set<String> PLACE_VALUES = Set.of("loc", "location", "gpe", "geo", "place");

    private final CasPool pool;

    /** For the pipeline's types (Concord's and those its annotators bring). */
    XmiDocuments(TypeSystemDescription pipelineTypes) throws Exception {
        TypeSystemDescription namedEntities = UIMAFramework.getResourceSpecifierFactory()
                .createTypeSystemDescription();
        TypeDescription ne = namedEntities.addType(NAMED_ENTITY, "DKPro Core named entity", CAS.TYPE_NAME_ANNOTATION);
        ne.addFeature("value", "PER, LOC, ORG, ...", CAS.TYPE_NAME_STRING);
        ne.addFeature("identifier", "a knowledge-base link", CAS.TYPE_NAME_STRING);
        this.pool = new CasPool(2, CasCreationUtils.mergeTypeSystems(List.of(pipelineTypes, namedEntities)));
    }

    DocumentRecord read(String documentId, InputStream xmi) throws IOException {
        JCas jcas;
        try {
            jcas = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a CAS");
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("cannot make a CAS to read XMI into: " + e.getMessage(), e);
        }
        try {
            try {
                XmiCasDeserializer.deserialize(xmi, jcas.getCas(), true);
            } catch (SAXException e) {
                throw new IOException("not UIMA XMI: " + e.getMessage(), e);
            }
            if (jcas.getDocumentText() == null) {
                throw new IOException("a UIMA XMI file without a text (no sofa string in its initial view)");
            }
            DocumentRecord concord = DocumentRecords.of(jcas, List.of());
            List<AnnotationRecord> annotations = new ArrayList<>(concord.annotations());
            annotations.addAll(namedEntities(jcas.getCas()));
            return new DocumentRecord(documentId, jcas.getDocumentText(), annotations, List.of());
        } catch (IOException | RuntimeException e) {
            pool.discard();
            jcas = null;
            throw e;
        } finally {
            if (jcas != null) {
                pool.giveBack(jcas);
            }
        }
    }

    /** DKPro named entities as people and places; other kinds (organisations, miscellany) are passed over. */
    private static List<AnnotationRecord> namedEntities(CAS cas) {
        List<AnnotationRecord> out = new ArrayList<>();
        Type type = cas.getTypeSystem().getType(NAMED_ENTITY);
        Feature value = type.getFeatureByBaseName("value");
        String text = cas.getDocumentText();
        for (AnnotationFS ne : cas.getAnnotationIndex(type)) {
            String kind = ne.getStringValue(value) == null ? "" : ne.getStringValue(value).toLowerCase(Locale.ROOT);
            String exchangeType = PERSON_VALUES.contains(kind) ? "person" : PLACE_VALUES.contains(kind) ? "place" : null;
            if (exchangeType == null || ne.getBegin() < 0 || ne.getEnd() > text.length() || ne.getBegin() >= ne.getEnd()) {
                continue;
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("canonical", ne.getCoveredText());
            attributes.put("annotator", GIVEN_BY_INPUT);
            attributes.put("status", "accepted");
            out.add(new AnnotationRecord(exchangeType, ne.getBegin(), ne.getEnd(), ne.getCoveredText(), attributes));
        }
        return out;
    }
}
