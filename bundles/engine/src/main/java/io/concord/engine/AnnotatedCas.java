package io.concord.engine;

import java.util.List;

import io.concord.api.AnnotatedDocument;
import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import org.apache.uima.jcas.JCas;

/** The document handed to callbacks; its record is built once, on first use. */
final class AnnotatedCas implements AnnotatedDocument {
    private final String id;
    private final JCas jcas;
    private final List<AnnotatorOutcome> outcomes;
    private DocumentRecord record;

    AnnotatedCas(String id, JCas jcas, List<AnnotatorOutcome> outcomes) {
        this.id = id;
        this.jcas = jcas;
        this.outcomes = List.copyOf(outcomes);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public JCas jcas() {
        return jcas;
    }

    @Override
    public synchronized DocumentRecord record() {
        if (record == null) {
            record = DocumentRecords.of(jcas, outcomes);
        }
        return record;
    }

    @Override
    public List<AnnotatorOutcome> outcomes() {
        return outcomes;
    }
}
