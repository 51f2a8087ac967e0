package io.concord.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PipelinePlannerTest {
    private static final Map<String, String> SUPERTYPE = Map.of("Person", "Mention", "Place", "Mention");
    private final PipelinePlanner planner = new PipelinePlanner(Set.of("Doc"),
            (needed, produced) -> needed.equals(produced) || needed.equals(SUPERTYPE.get(produced)));

    private static PipelinePlanner.Candidate<String> c(String id, Set<String> in, Set<String> out) {
        return new PipelinePlanner.Candidate<>(id, id, in, out);
    }

    private static List<String> ids(PipelinePlanner.Plan<String> plan) {
        return plan.ordered().stream().map(PipelinePlanner.Candidate::id).toList();
    }

    @Test
    void runsProducersBeforeConsumersWhateverTheirNames() {
        var plan = planner.plan(List.of(c("a-quotes", Set.of("Person"), Set.of("Quote")),
                c("z-people", Set.of("Doc"), Set.of("Person")), c("m-places", Set.of(), Set.of("Place"))));
        assertEquals(List.of("m-places", "z-people", "a-quotes"), ids(plan));
        assertTrue(plan.leftOut().isEmpty());
    }

    @Test
    void leavesOutAnnotatorWhoseInputNobodyProducesAndKeepsTheRest() {
        var plan = planner.plan(List.of(c("quotes", Set.of("Person"), Set.of("Quote")),
                c("places", Set.of(), Set.of("Place")), c("attribution", Set.of("Quote"), Set.of("Speaker"))));
        assertEquals(List.of("places"), ids(plan));
        assertEquals(2, plan.leftOut().size());
        String why = plan.leftOut().entrySet().stream().filter(e -> e.getKey().id().equals("quotes"))
                .findFirst().orElseThrow().getValue();
        assertTrue(why.contains("needs Person") && why.contains("no installed annotator"), why);
        String chained = plan.leftOut().entrySet().stream().filter(e -> e.getKey().id().equals("attribution"))
                .findFirst().orElseThrow().getValue();
        assertTrue(chained.contains("left-out annotator quotes"), chained);
    }

    @Test
    void reportsCyclicDependencyAndRunsTheOthers() {
        var plan = planner.plan(List.of(c("a", Set.of("B"), Set.of("A")), c("b", Set.of("A"), Set.of("B")),
                c("people", Set.of(), Set.of("Person"))));
        assertEquals(List.of("people"), ids(plan));
        assertTrue(plan.leftOut().values().stream().allMatch(v -> v.contains("cycle")), plan.leftOut().toString());
    }

    @Test
    void acceptsSubtypeProducerForSupertypeInput() {
        var plan = planner.plan(List.of(c("linker", Set.of("Mention"), Set.of("Link")), c("people", Set.of(), Set.of("Person"))));
        assertEquals(List.of("people", "linker"), ids(plan));
    }
}
