package io.concord.annotator.people;

import io.concord.api.text.Segmentation;
import io.concord.types.Person;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Adds a {@link Person} for every mention of a person that {@link PersonRecognizer} finds in the segmenter's tokens. */
@TypeCapability(inputs = {"io.concord.types.Token", "io.concord.types.Sentence"}, outputs = "io.concord.types.Person")
public final class PersonAnnotator extends JCasAnnotator_ImplBase {
    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";

    @ConfigurationParameter(name = PARAM_MIN_CONFIDENCE, defaultValue = "0.5",
            description = "Mentions below this confidence are dropped.")
    private double minConfidence;

    private PersonRecognizer recognizer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        NameLexicon.preload(); // read while the rest of Concord starts; the first document waits for it
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        if (jcas.getDocumentText() == null) {
            return;
        }
        if (recognizer == null) {
            recognizer = new PersonRecognizer(NameLexicon.shared());
        }
        for (PersonRecognizer.Mention m : recognizer.find(Segmentation.of(jcas))) {
            if (m.confidence() < minConfidence) {
                continue;
            }
            Person person = new Person(jcas, m.begin(), m.end());
            person.setCanonical(m.canonical());
            person.setRole(m.role());
            person.setConfidence(m.confidence());
            person.addToIndexes();
        }
    }
}
