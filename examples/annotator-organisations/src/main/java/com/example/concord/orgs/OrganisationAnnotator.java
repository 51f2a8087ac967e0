package com.example.concord.orgs;

import io.concord.api.text.Segmentation;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Writes the organisations {@link OrganisationRecogniser} finds as {@code Organisation} annotations. The type has
 * no JCas class (it is not one of Concord's), so its features are set through the CAS API.
 */
@TypeCapability(inputs = {"io.concord.types.Token", "io.concord.types.Sentence"},
        outputs = OrganisationTypes.ORGANISATION)
public class OrganisationAnnotator extends JCasAnnotator_ImplBase {
    public static final String PARAM_CONFIDENCE = "confidence";

    @ConfigurationParameter(name = PARAM_CONFIDENCE, defaultValue = "0.8")
    private double confidence;

    @Override
    public void process(JCas jcas) {
        CAS cas = jcas.getCas();
        Type type = cas.getTypeSystem().getType(OrganisationTypes.ORGANISATION);
        for (OrganisationRecogniser.Organisation o : OrganisationRecogniser.find(Segmentation.of(jcas))) {
            AnnotationFS a = cas.createAnnotation(type, o.begin(), o.end());
            a.setStringValue(type.getFeatureByBaseName("canonical"), o.canonical());
            a.setStringValue(type.getFeatureByBaseName("kind"), o.kind());
            a.setDoubleValue(type.getFeatureByBaseName("confidence"), confidence);
            cas.addFsToIndexes(a);
        }
    }
}
