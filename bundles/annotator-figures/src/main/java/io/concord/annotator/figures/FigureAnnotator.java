package io.concord.annotator.figures;

import io.concord.annotator.figures.recognition.FigureMatch;
import io.concord.annotator.figures.recognition.FigureRecognizer;
import io.concord.api.text.Segmentation;
import io.concord.types.Figure;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Adds a {@link Figure} for every figure the {@link FigureRecognizer} finds; the rules live there. */
@TypeCapability(inputs = {"io.concord.types.Token", "io.concord.types.Sentence"}, outputs = "io.concord.types.Figure")
public class FigureAnnotator extends JCasAnnotator_ImplBase {
    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";
    public static final String PARAM_YEARS_ALONE = "yearsAlone";
    public static final String PARAM_INDEFINITE_DURATIONS = "indefiniteDurations";

    @ConfigurationParameter(name = PARAM_MIN_CONFIDENCE, defaultValue = "0.5",
            description = "Figures below this confidence are dropped.")
    private double minConfidence;

    @ConfigurationParameter(name = PARAM_YEARS_ALONE, defaultValue = "true",
            description = "Annotate a year standing alone (in 2023), not only inside a full date.")
    private boolean yearsAlone;

    @ConfigurationParameter(name = PARAM_INDEFINITE_DURATIONS, defaultValue = "true",
            description = "Annotate 'a day', 'an hour', 'a year' as durations of one unit.")
    private boolean indefiniteDurations;

    private FigureRecognizer recognizer;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        recognizer = new FigureRecognizer(new FigureRecognizer.Options(yearsAlone, indefiniteDurations));
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        for (FigureMatch m : recognizer.find(Segmentation.of(jcas))) {
            if (m.confidence() < minConfidence) {
                continue;
            }
            Figure f = new Figure(jcas, m.begin(), m.end());
            f.setKind(m.kind().label());
            f.setValue(Double.isNaN(m.value()) ? 0 : m.value());
            f.setTimex(m.timex());
            f.setUnit(m.unit());
            f.setQualifier(m.qualifier().label());
            if (m.normalizedUnit() != null) {
                f.setNormalizedValue(m.normalizedValue());
                f.setNormalizedUnit(m.normalizedUnit());
            }
            f.setMeasured(m.measured());
            if (m.range() != null) {
                f.setLow(m.range().low());
                f.setHigh(m.range().high());
            }
            f.setHedge(m.hedge());
            f.setConfidence(m.confidence());
            f.addToIndexes();
        }
    }
}
