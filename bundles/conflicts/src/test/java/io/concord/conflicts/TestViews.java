package io.concord.conflicts;

import io.concord.annotator.segmenter.TextSegmenterService;
import io.concord.conflicts.text.DocumentViews;
import io.concord.conflicts.text.Synonyms;
import io.concord.wordnet.WordNetSenses;

/** Document views over the real segmenter and WordNet, as the rules get them in the runtime. */
public final class TestViews {
    public static final TextSegmenterService SEGMENTER = new TextSegmenterService();
    public static final WordNetSenses SENSES = new WordNetSenses();
    private static final DocumentViews VIEWS = new DocumentViews(SEGMENTER, SENSES);

    private TestViews() {}

    public static DocumentViews views() {
        return new DocumentViews(SEGMENTER, SENSES);
    }

    /** The detector of the runtime's default rules. */
    public static StoryConflictDetector detector() {
        return DefaultRules.detector(SEGMENTER, SENSES);
    }

    /** How the views read words as meanings. */
    public static Synonyms synonyms() {
        return VIEWS.synonyms();
    }
}
