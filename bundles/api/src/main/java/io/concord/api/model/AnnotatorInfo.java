package io.concord.api.model;

import java.util.List;

/**
 * An annotator as the engine sees it. {@code problem} is null for annotators in the pipeline and says
 * why an annotator was left out otherwise (missing input type, dependency cycle, failed engine, shadowed).
 */
public record AnnotatorInfo(String id, String version, String bundle, long bundleId,
                            List<String> inputs, List<String> outputs, boolean active, String problem) {
    public AnnotatorInfo {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
