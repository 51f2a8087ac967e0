package io.concord.conflicts.text;

import java.util.LinkedHashMap;
import java.util.Map;

import io.concord.api.model.DocumentRecord;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TextSegmenter;
import io.concord.api.text.WordSenses;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The comparison view of each document, made once and shared by the story clusterer and every rule of
 * this bundle (a document used to be tokenized once per rule). Segmentation comes from the segmenter's
 * {@link TextSegmenter} service, so the rules read the same words and sentences as the annotators, or, for a
 * record from the pipeline, from the segments it carries: the text is not segmented again. Keeps
 * the views of the last documents asked for; a detection walks story by story, so that is enough. Word
 * meanings come from the {@link WordSenses} service when one is installed (WordNet); the component is
 * restarted when it comes or goes, and without one words are compared as written.
 */
@Component(service = DocumentViews.class)
public final class DocumentViews {
    private static final int KEPT = 512;

    private final TextSegmenter segmenter;
    private final Synonyms synonyms;
    private final Map<String, DocumentView> recent = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DocumentView> eldest) {
            return size() > KEPT;
        }
    };

    /** Views by text, so that exact copies (a wire story run unchanged by many outlets) are read once. */
    private final Map<String, DocumentView> byText = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DocumentView> eldest) {
            return size() > KEPT;
        }
    };

    @Activate
    public DocumentViews(@Reference TextSegmenter segmenter,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            WordSenses senses) {
        this.segmenter = segmenter;
        this.synonyms = Synonyms.of(senses);
    }

    /** How the words of the views (and of quotes compared beside them) are read as meanings. */
    public Synonyms synonyms() {
        return synonyms;
    }

    /** The view of {@code record}, from the cache when the same record was seen last. */
    public DocumentView of(DocumentRecord record) {
        synchronized (recent) {
            DocumentView v = recent.get(record.id());
            if (v != null && v.record() == record) {
                return v;
            }
        }
        String text = record.text() == null ? "" : record.text();
        DocumentView sameText;
        synchronized (recent) {
            sameText = byText.get(text);
        }
        DocumentView view = sameText != null ? new DocumentView(record, sameText)
                : new DocumentView(record, Segmentation.of(record, segmenter), synonyms);
        synchronized (recent) {
            recent.put(record.id(), view);
            byText.put(text, view);
        }
        return view;
    }
}
