package io.concord.workbench.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.workbench.store.Changes;
import io.concord.workbench.store.Changes.Change;
import io.concord.workbench.store.StoredAnnotation;
import org.junit.jupiter.api.Test;

class ReannotationTest {
    private static AnnotationRecord produced(String type, int begin, int end, String version, Map<String, Object> attrs) {
        Map<String, Object> all = new LinkedHashMap<>(attrs);
        all.put("annotator", "people");
        all.put("annotatorVersion", version);
        all.put("confidence", 0.9);
        return new AnnotationRecord(type, begin, end, "?", all);
    }

    @Test
    void diffFindsAddedRemovedAndChangedByMachineIdentity() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        StoredAnnotation kept = ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));
        StoredAnnotation changed = ws.machine("person", 64, 67, Map.of("canonical", "she"));
        StoredAnnotation gone = ws.machine("place", 29, 35, Map.of("canonical", "Lisbon"));

        List<Change> diff = Reannotation.diff(ws.document, ws.all(), List.of(
                produced("person", 0, 11, "2.0.0", Map.of("canonical", "Maria Costa")),
                produced("person", 64, 67, "2.0.0", Map.of("canonical", "Maria Costa")),
                produced("figure", 40, 46, "2.0.0", Map.of("kind", "date"))));

        Map<String, Change> byKind = new LinkedHashMap<>();
        diff.forEach(c -> byKind.put(c.kind(), c));
        assertEquals(3, diff.size());
        assertEquals("figure", byKind.get(Changes.ADDED).type());
        assertEquals(gone.id(), byKind.get(Changes.REMOVED).annotationId());
        assertEquals(changed.id(), byKind.get(Changes.CHANGED).annotationId());
        assertEquals("Maria Costa", byKind.get(Changes.CHANGED).after().get("canonical"));
        assertEquals("she", byKind.get(Changes.CHANGED).before().get("canonical"));
        assertEquals(0, diff.stream().filter(c -> kept.id() == (c.annotationId() == null ? -1 : c.annotationId())).count());
    }

    @Test
    void takingAChangeNeverOverwritesADecision() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        Curation curation = new Curation(ws.db, p -> { });
        StoredAnnotation corrected = ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));
        curation.edit(corrected.id(), new Curation.Edit(1, null, null, null, Map.of("canonical", "Maria da Costa")), "bea");
        StoredAnnotation undecided = ws.machine("person", 64, 67, Map.of("canonical", "she"));
        ws.db.transaction(c -> {
            for (Change ch : Reannotation.diff(ws.document, ws.all(), List.of(
                    produced("person", 0, 11, "2.0.0", Map.of("canonical", "M. Costa")),
                    produced("person", 64, 67, "2.0.0", Map.of("canonical", "Maria Costa"))))) {
                Changes.insert(c, ch);
            }
            return null;
        });

        new Reannotation(ws.db, null, p -> { }).decide(ws.project, List.of(), true, "bea");

        StoredAnnotation keptDecision = ws.get(corrected.id());
        assertEquals("Maria da Costa", keptDecision.attributes().get("canonical"));
        assertEquals("corrected", keptDecision.status());
        assertEquals("M. Costa", keptDecision.machineAttributes().get("canonical"));
        assertEquals("2.0.0", keptDecision.annotatorVersion());
        assertEquals("Maria Costa", ws.get(undecided.id()).attributes().get("canonical"));
        assertEquals("pending", ws.get(undecided.id()).status());
    }
}
