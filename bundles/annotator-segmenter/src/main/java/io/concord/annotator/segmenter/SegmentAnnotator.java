package io.concord.annotator.segmenter;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;
import io.concord.types.Byline;
import io.concord.types.Headline;
import io.concord.types.Paragraph;
import io.concord.types.Sentence;
import io.concord.types.Token;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Writes the {@link Token}s, {@link Sentence}s and blocks that {@link NewsSegmenter} finds into the CAS. */
@TypeCapability(outputs = {"io.concord.types.Token", "io.concord.types.Sentence", "io.concord.types.Paragraph",
        "io.concord.types.Headline", "io.concord.types.Byline"})
public final class SegmentAnnotator extends JCasAnnotator_ImplBase {
    private NewsSegmenter segmenter;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        segmenter = new NewsSegmenter();
    }

    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        NewsSegmenter.Result result = segmenter.segment(text);
        Segmentation s = result.segmentation();
        for (int i = 0; i < s.sentenceCount(); i++) {
            new Sentence(jcas, s.sentenceBegin(i), s.sentenceEnd(i)).addToIndexes();
        }
        for (Word w : s.words()) {
            Token t = new Token(jcas, w.begin(), w.end());
            t.setShape(w.shape());
            t.addToIndexes();
        }
        for (int[] p : result.paragraphs()) {
            new Paragraph(jcas, p[0], p[1]).addToIndexes();
        }
        if (result.headline() != null) {
            new Headline(jcas, result.headline()[0], result.headline()[1]).addToIndexes();
        }
        for (int[] b : result.bylines()) {
            new Byline(jcas, b[0], b[1]).addToIndexes();
        }
        s.attachTo(jcas); // the annotators after this one read these tokens without building them again
    }
}
