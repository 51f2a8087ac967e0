package io.concord.annotator.places;

import io.concord.api.text.Segmentation;
import io.concord.types.Place;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Adds a {@link Place} for every named place that {@link PlaceRecognizer} finds in the segmenter's tokens. */
@TypeCapability(inputs = {"io.concord.types.Token", "io.concord.types.Sentence"}, outputs = "io.concord.types.Place")
public final class PlaceAnnotator extends JCasAnnotator_ImplBase {
    public static final String PARAM_MIN_POPULATION = "minPopulation";
    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";

    @ConfigurationParameter(name = PARAM_MIN_POPULATION, defaultValue = "15000",
            description = "Cities with fewer inhabitants are not in the gazetteer.")
    private int minPopulation;

    @ConfigurationParameter(name = PARAM_MIN_CONFIDENCE, defaultValue = "0.5",
            description = "Mentions below this confidence are dropped.")
    private double minConfidence;

    private PlaceRecognizer recognizer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        Gazetteer.preload(minPopulation); // read while the rest of Concord starts; the first document waits for it
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        if (jcas.getDocumentText() == null) {
            return;
        }
        if (recognizer == null) {
            recognizer = new PlaceRecognizer(Gazetteer.shared(minPopulation));
        }
        for (PlaceRecognizer.Match m : recognizer.find(Segmentation.of(jcas))) {
            if (m.confidence() < minConfidence) {
                continue;
            }
            Place place = new Place(jcas, m.begin(), m.end());
            place.setCanonical(m.canonical());
            place.setKind(m.kind());
            place.setConfidence(m.confidence());
            place.addToIndexes();
        }
    }
}
