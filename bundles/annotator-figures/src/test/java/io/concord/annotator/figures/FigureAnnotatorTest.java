package io.concord.annotator.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import io.concord.annotator.segmenter.SegmenterProvider;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Figure;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;

class FigureAnnotatorTest {
    private static JCas run(String text, Object... params) throws Exception {
        AnalysisEngine engine = AnalysisEngineFactory.createEngine(FigureAnnotator.class,
                ConcordTypeSystem.description(), params);
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText(text);
        AnalysisEngineFactory.createEngine(new SegmenterProvider().description()).process(jcas);
        engine.process(jcas);
        return jcas;
    }

    @Test
    void addsFiguresWithAllFeaturesToTheCas() throws Exception {
        JCas jcas = run("Kyiv said on Thursday that more than 19,000 children and about 270 square miles were lost.");
        List<Figure> figures = jcas.select(Figure.class).asList();
        assertEquals(3, figures.size());

        Figure date = figures.get(0);
        assertEquals("Thursday", date.getCoveredText());
        assertEquals("date", date.getKind());
        assertEquals("XXXX-WXX-4", date.getTimex());

        Figure children = figures.get(1);
        assertEquals("19,000", children.getCoveredText());
        assertEquals("count", children.getKind());
        assertEquals(19000, children.getValue(), 1e-9);
        assertNull(children.getUnit());
        assertEquals("over", children.getQualifier());
        assertEquals("children", children.getMeasured());
        assertEquals(0.85, children.getConfidence(), 1e-9);

        Figure area = figures.get(2);
        assertEquals("270 square miles", area.getCoveredText());
        assertEquals("measure", area.getKind());
        assertEquals("mi2", area.getUnit());
        assertEquals("approx", area.getQualifier());
        assertEquals("km2", area.getNormalizedUnit());
        assertEquals(699.3, area.getNormalizedValue(), 0.01);
    }

    @Test
    void dropsFiguresBelowTheConfiguredConfidence() throws Exception {
        JCas jcas = run("Only one person was hurt on Thursday.", FigureAnnotator.PARAM_MIN_CONFIDENCE, 0.7);
        List<Figure> figures = jcas.select(Figure.class).asList();
        assertEquals(1, figures.size());
        assertEquals("Thursday", figures.get(0).getCoveredText());
    }

    @Test
    void providerDescribesTheEngineWithItsConfiguration() throws Exception {
        FigureAnnotatorProvider provider = new FigureAnnotatorProvider(defaults());
        assertEquals("figures", provider.id());
        assertEquals(1, provider.description().getAnalysisEngineMetaData().getCapabilities()[0]
                .getOutputs().length);
    }

    /** The provider's configuration with its declared defaults, as DS would pass it without a .cfg file. */
    static FigureAnnotatorProvider.Config defaults() {
        return new FigureAnnotatorProvider.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return FigureAnnotatorProvider.Config.class;
            }

            @Override
            public double minConfidence() {
                return 0.5;
            }

            @Override
            public boolean yearsAlone() {
                return true;
            }

            @Override
            public boolean indefiniteDurations() {
                return true;
            }
        };
    }
}
