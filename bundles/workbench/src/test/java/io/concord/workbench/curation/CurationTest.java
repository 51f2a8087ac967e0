package io.concord.workbench.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.concord.workbench.curation.Curation.Edit;
import io.concord.workbench.store.StoreException;
import io.concord.workbench.store.StoredAnnotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CurationTest {
    private TestWorkspace ws;
    private Curation curation;
    private final List<Long> changedProjects = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        ws = new TestWorkspace();
        curation = new Curation(ws.db, changedProjects::add);
    }

    @Test
    void acceptAndRejectRecordWhoAndBumpTheVersion() {
        StoredAnnotation a = ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));

        StoredAnnotation accepted = curation.edit(a.id(), new Edit(1, "accepted", null, null, null), "bea");
        assertEquals("accepted", accepted.status());
        assertEquals("bea", accepted.updatedBy());
        assertEquals(2, accepted.version());
        StoredAnnotation rejected = curation.edit(a.id(), new Edit(2, "rejected", null, null, null), "bea");
        assertEquals("rejected", rejected.status());
        assertEquals(List.of(ws.project, ws.project), changedProjects);
    }

    @Test
    void correctionKeepsTheMachineVersionApart() {
        StoredAnnotation a = ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));

        StoredAnnotation corrected = curation.edit(a.id(), new Edit(1, null, 0, 5, Map.of("canonical", "Maria")), "bea");

        assertEquals("corrected", corrected.status());
        assertEquals(5, corrected.end());
        assertEquals("Maria", corrected.attributes().get("canonical"));
        assertEquals("Maria Costa", corrected.machineAttributes().get("canonical"));
        assertEquals(11, corrected.machineEnd());
    }

    @Test
    void aStaleVersionIsAConflictCarryingTheCurrentState() {
        StoredAnnotation a = ws.machine("person", 0, 11, Map.of());
        curation.edit(a.id(), new Edit(1, "accepted", null, null, null), "tab-1");

        StoreException e = assertThrows(StoreException.class,
                () -> curation.edit(a.id(), new Edit(1, "rejected", null, null, null), "tab-2"));

        assertEquals(409, e.status());
        assertEquals("accepted", ((StoredAnnotation) e.current()).status());
        assertEquals("accepted", ws.get(a.id()).status());
    }

    @Test
    void undoWalksBackThroughTheDecisions() {
        StoredAnnotation a = ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));
        curation.edit(a.id(), new Edit(1, "accepted", null, null, null), "bea");
        curation.edit(a.id(), new Edit(2, null, null, null, Map.of("canonical", "M. Costa")), "bea");
        StoredAnnotation added = curation.add(ws.document, "place", 29, 35, Map.of("canonical", "Lisbon"), "bea");

        assertEquals("add", curation.undo(ws.document, "bea").action());
        assertEquals(1, ws.all().size());
        assertEquals("correct", curation.undo(ws.document, "bea").action());
        assertEquals("Maria Costa", ws.get(a.id()).attributes().get("canonical"));
        assertEquals("accepted", ws.get(a.id()).status());
        assertEquals("accept", curation.undo(ws.document, "bea").action());
        assertEquals("pending", ws.get(a.id()).status());
        assertEquals(404, assertThrows(StoreException.class, () -> curation.undo(ws.document, "bea")).status());
        assertNotNull(added);
    }

    @Test
    void deletedAnnotationsStayAsDeletedAndUndoBringsThemBack() {
        StoredAnnotation a = ws.machine("person", 0, 11, Map.of());
        curation.delete(a.id(), 1, "bea");
        assertEquals("deleted", ws.get(a.id()).status());
        assertEquals("delete", curation.undo(ws.document, "bea").action());
        assertEquals("pending", ws.get(a.id()).status());
    }

    @Test
    void handMadeAnnotationsStayAddedWhenAcceptedOrCorrected() {
        StoredAnnotation made = curation.add(ws.document, "place", 29, 35, Map.of(), "bea");
        assertEquals("added", made.status());
        assertEquals("human", made.origin());
        StoredAnnotation corrected = curation.edit(made.id(), new Edit(1, "accepted", null, null, Map.of("kind", "city")), "bea");
        assertEquals("added", corrected.status());
        assertEquals("city", corrected.attributes().get("kind"));
    }

    @Test
    void refusesSpansOutsideTheTextAndOddTypesAndValues() {
        assertEquals(400, assertThrows(StoreException.class,
                () -> curation.add(ws.document, "place", 60, 500, Map.of(), "bea")).status());
        assertEquals(400, assertThrows(StoreException.class,
                () -> curation.add(ws.document, "Place<script>", 0, 5, Map.of(), "bea")).status());
        assertEquals(400, assertThrows(StoreException.class,
                () -> curation.add(ws.document, "place", 5, 5, Map.of(), "bea")).status());
        assertEquals(400, assertThrows(StoreException.class,
                () -> curation.add(ws.document, "place", 0, 5, Map.of("x", List.of(1)), "bea")).status());
        assertEquals(404, assertThrows(StoreException.class,
                () -> curation.add(9999, "place", 0, 5, Map.of(), "bea")).status());
        assertTrue(ws.all().isEmpty());
    }

    @Test
    void aSetAttributeOverSeveralAnnotationsIsAllOrNothing() {
        StoredAnnotation a = ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));
        StoreException e = assertThrows(StoreException.class,
                () -> curation.setAttribute(ws.project, "person", List.of(a.id(), 4242L), "canonical", "M. Costa", "merge", "bea"));
        assertEquals(404, e.status());
        assertEquals("Maria Costa", ws.get(a.id()).attributes().get("canonical"));
        assertNull(ws.get(a.id()).attributes().get("role"));
    }

    @Test
    void undoingADecisionAfterARerunKeepsWhatTheMachineNowSays() {
        StoredAnnotation a = ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));
        curation.edit(a.id(), new Edit(1, "accepted", null, null, null), "bea");
        ws.db.transaction(c -> {
            for (io.concord.workbench.store.Changes.Change ch : Reannotation.diff(ws.document, ws.all(), List.of(
                    new io.concord.api.model.AnnotationRecord("person", 0, 11, "Maria Costa",
                            Map.of("canonical", "Maria da Costa", "annotator", "people", "annotatorVersion", "2.0.0"))))) {
                io.concord.workbench.store.Changes.insert(c, ch);
            }
            return null;
        });
        new Reannotation(ws.db, null, p -> { }).decide(ws.project, List.of(), true, "bea");

        assertEquals("take-changed", curation.undo(ws.document, "bea").action());
        assertEquals("Maria Costa", ws.get(a.id()).machineAttributes().get("canonical"));
        assertEquals("accept", curation.undo(ws.document, "bea").action());
        StoredAnnotation after = ws.get(a.id());
        assertEquals("pending", after.status());
        assertEquals("1.0.0", after.annotatorVersion());
    }

    @Test
    void undoOfAHumanDecisionLeavesTheMachineSideAsItIsNow() {
        StoredAnnotation a = ws.machine("person", 0, 11, Map.of("canonical", "Maria Costa"));
        curation.edit(a.id(), new Edit(1, "accepted", null, null, null), "bea");
        // the machine side moves on outside the log (a newer version said the same, say)
        ws.db.transaction(c -> io.concord.workbench.store.Annotations.update(c, new StoredAnnotation(a.id(), a.documentId(), a.type(),
                a.begin(), a.end(), a.attributes(), a.origin(), "accepted", a.annotator(), "2.0.0", a.confidence(),
                a.machineBegin(), a.machineEnd(), a.machineAttributes(), false, 2, "bea", io.concord.workbench.store.Database.now()), 2));

        curation.undo(ws.document, "bea");

        assertEquals("pending", ws.get(a.id()).status());
        assertEquals("2.0.0", ws.get(a.id()).annotatorVersion());
    }
}
