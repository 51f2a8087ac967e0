package io.concord.conflicts;

import io.concord.annotator.segmenter.TextSegmenterService;
import io.concord.conflicts.text.DocumentViews;

/** Document views over the real segmenter, as the rules get them in the runtime. */
public final class TestViews {
    public static final TextSegmenterService SEGMENTER = new TextSegmenterService();

    private TestViews() {}

    public static DocumentViews views() {
        return new DocumentViews(SEGMENTER);
    }
}
