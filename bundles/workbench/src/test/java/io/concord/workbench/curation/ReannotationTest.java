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

    @Test
    void aDecidedAnnotationTheMachineNoLongerProducesStaysEditableAndIsNotOfferedTwice() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        Curation curation = new Curation(ws.db, p -> { });
        StoredAnnotation a = ws.machine("place", 29, 35, Map.of("canonical", "Lisbon"));
        curation.edit(a.id(), new Curation.Edit(1, "accepted", null, null, null), "bea");
        Reannotation rerun = new Reannotation(ws.db, null, p -> { });
        ws.db.transaction(c -> {
            for (Change ch : Reannotation.diff(ws.document, ws.all(), List.of())) {
                Changes.insert(c, ch);
            }
            return null;
        });
        rerun.decide(ws.project, List.of(), true, "bea");

        StoredAnnotation kept = ws.get(a.id());
        assertEquals("accepted", kept.status());
        StoredAnnotation rejected = curation.edit(a.id(), new Curation.Edit(kept.version(), "rejected", null, null, null), "bea");
        assertEquals("rejected", rejected.status());
        // produced again by a later version: it is the same annotation, not a new one
        List<Change> again = Reannotation.diff(ws.document, ws.all(), List.of(produced("place", 29, 35, "3.0.0", Map.of("canonical", "Lisbon"))));
        assertEquals(1, again.size());
        assertEquals(Changes.CHANGED, again.get(0).kind());
        assertEquals(a.id(), again.get(0).annotationId());
        // and the machine's absence is not offered again
        assertEquals(0, Reannotation.diff(ws.document, ws.all(), List.of()).size());
    }

    @Test
    void aChangeIsTakenOnceEvenWhenTwoRequestsTakeIt() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));
        ws.db.transaction(c -> {
            Changes.insert(c, Reannotation.diff(ws.document, ws.all(), List.of(
                    produced("person", 0, 11, "1.0.0", Map.of("canonical", "Maria Costa")),
                    produced("place", 29, 35, "2.0.0", Map.of("canonical", "Lisbon")))).get(0));
            return null;
        });
        long id = ws.db.transaction(c -> Changes.pending(c, ws.project, List.of()).get(0).id());
        assertEquals(true, ws.db.transaction(c -> Changes.decide(c, id, "taken", "tab-1")));
        assertEquals(false, ws.db.transaction(c -> Changes.decide(c, id, "taken", "tab-2")));
    }
}
