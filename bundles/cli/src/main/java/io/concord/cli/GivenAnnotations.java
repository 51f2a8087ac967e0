package io.concord.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/**
 * A document that arrives with annotations (UIMA XMI, curated in INCEpTION or in Concord's workbench) keeps them:
 * for each type the input carries, its annotations stand and the annotators' of that type are dropped; the types
 * it does not carry come from the annotators. A curator's people and places are kept, and figures and quotes
 * are still found.
 */
final class GivenAnnotations {
    private GivenAnnotations() {}

    static DocumentRecord keep(DocumentRecord given, DocumentRecord annotated) {
        Set<String> givenTypes = given.annotations().stream().map(AnnotationRecord::type).collect(Collectors.toSet());
        List<AnnotationRecord> out = new ArrayList<>(given.annotations());
        for (AnnotationRecord a : annotated.annotations()) {
            if (!givenTypes.contains(a.type())) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparingInt(AnnotationRecord::begin)
                .thenComparing(Comparator.comparingInt(AnnotationRecord::end).reversed())
                .thenComparing(AnnotationRecord::type));
        return annotated.withAnnotations(out);
    }
}
