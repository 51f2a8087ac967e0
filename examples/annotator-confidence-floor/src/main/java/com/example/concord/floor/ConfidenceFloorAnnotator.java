package com.example.concord.floor;

import java.util.List;

import io.concord.types.ConcordAnnotation;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Removes annotations whose confidence is below a floor. It needs the four annotation types, so the engine
 * places it after the annotators that produce them.
 */
@TypeCapability(inputs = {"io.concord.types.Person", "io.concord.types.Place", "io.concord.types.Figure",
        "io.concord.types.Quote"})
public class ConfidenceFloorAnnotator extends JCasAnnotator_ImplBase {
    public static final String PARAM_FLOOR = "floor";

    @ConfigurationParameter(name = PARAM_FLOOR, defaultValue = "0.5")
    private double floor;

    @Override
    public void process(JCas jcas) {
        List<ConcordAnnotation> low = jcas.select(ConcordAnnotation.class).filter(a -> a.getConfidence() < floor).toList();
        low.forEach(ConcordAnnotation::removeFromIndexes);
    }
}
