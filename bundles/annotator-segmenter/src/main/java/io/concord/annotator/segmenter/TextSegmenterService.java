package io.concord.annotator.segmenter;

import java.util.concurrent.ConcurrentLinkedQueue;

import io.concord.api.text.Segmentation;
import io.concord.api.text.TextSegmenter;
import org.osgi.service.component.annotations.Component;

/**
 * The segmenter as a service, for texts outside a CAS (conflict rules, reports, the workbench). A
 * {@link NewsSegmenter} keeps iterator state, so each call borrows one from a small pool.
 */
@Component(service = TextSegmenter.class)
public final class TextSegmenterService implements TextSegmenter {
    private final ConcurrentLinkedQueue<NewsSegmenter> idle = new ConcurrentLinkedQueue<>();

    @Override
    public Segmentation segment(String text) {
        NewsSegmenter segmenter = idle.poll();
        if (segmenter == null) {
            segmenter = new NewsSegmenter();
        }
        try {
            return segmenter.tokensAndSentences(text == null ? "" : text);
        } finally {
            idle.offer(segmenter);
        }
    }
}
