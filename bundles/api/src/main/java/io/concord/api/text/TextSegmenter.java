package io.concord.api.text;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Segments a text the way the pipeline's segmenter does, for consumers that work on texts outside a CAS:
 * the conflict rules, the HTML report and the workbench. Registered as an OSGi service by the segmenter
 * bundle (a replacement segmenter should register one too), so every part of Concord reads words and
 * sentences the same way. Implementations are thread-safe.
 */
@ConsumerType
@FunctionalInterface
public interface TextSegmenter {
    /** The tokens, sentences and paragraphs of {@code text}. */
    Segmentation segment(String text);
}
