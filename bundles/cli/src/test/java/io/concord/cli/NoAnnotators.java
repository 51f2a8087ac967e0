package io.concord.cli;

import java.util.List;
import java.util.Map;

import io.concord.api.AnnotatedDocument;
import io.concord.api.AnnotationService;
import io.concord.api.model.AnnotatorInfo;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import org.apache.uima.jcas.JCas;

/** No annotator runs; the documents named in {@code outcomes} come back with those annotator outcomes. */
record NoAnnotators(Map<String, List<AnnotatorOutcome>> outcomes) implements AnnotationService {
    @Override
    public List<AnnotatorInfo> annotators() {
        return List.of();
    }

    @Override
    public <R> R annotate(String id, String text, String source, DocumentCallback<R> callback) throws Exception {
        List<AnnotatorOutcome> of = outcomes.getOrDefault(id, List.of());
        DocumentRecord record = new DocumentRecord(id, text, List.of(), of);
        return callback.accept(new AnnotatedDocument() {
            @Override public String id() { return id; }
            @Override public JCas jcas() { throw new UnsupportedOperationException(); }
            @Override public DocumentRecord record() { return record; }
            @Override public List<AnnotatorOutcome> outcomes() { return of; }
            @Override public io.concord.api.model.DocumentSource source() { return null; }
        });
    }

    @Override
    public <R> R open(DocumentRecord record, DocumentCallback<R> callback) {
        throw new UnsupportedOperationException();
    }
}
