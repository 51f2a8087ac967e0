package io.concord.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.concord.api.model.AnnotatorOutcome.Status;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.DocumentMetadata;
import io.concord.types.Person;
import io.concord.types.Place;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A failing or overrunning annotator is reported for the document, which keeps the others' work. */
class StageRunnerTest {
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    });
    /** Lets the runaway annotator of one test end once that test is done. */
    static final AtomicBoolean RELEASE = new AtomicBoolean();

    @AfterAll
    static void stop() {
        RELEASE.set(true);
        EXECUTOR.shutdownNow();
    }

    public static class FindsPerson extends JCasAnnotator_ImplBase {
        @Override
        public void process(JCas jcas) {
            new Person(jcas, 0, 5).addToIndexes();
        }
    }

    public static class AddsPlaceThenThrows extends JCasAnnotator_ImplBase {
        @Override
        public void process(JCas jcas) {
            new Place(jcas, 10, 15).addToIndexes();
            throw new IllegalStateException("gazetteer corrupt");
        }
    }

    public static class SleepsPastTheLimit extends JCasAnnotator_ImplBase {
        @Override
        public void process(JCas jcas) {
            new Place(jcas, 10, 15).addToIndexes();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static class RunsOutOfMemory extends JCasAnnotator_ImplBase {
        @Override
        public void process(JCas jcas) {
            new Place(jcas, 10, 15).addToIndexes();
            throw new OutOfMemoryError("Java heap space");
        }
    }

    public static class IgnoresInterrupts extends JCasAnnotator_ImplBase {
        @Override
        public void process(JCas jcas) {
            new Place(jcas, 10, 15).addToIndexes();
            while (!RELEASE.get()) {
                Thread.onSpinWait();
            }
        }
    }

    private static AnnotatorStage stage(String id, Class<? extends JCasAnnotator_ImplBase> type) throws Exception {
        return new AnnotatorStage(id, "1.0.0", "test." + id, 1, StageRunnerTest.class.getClassLoader(),
                AnalysisEngineFactory.createEngineDescription(type, ConcordTypeSystem.description()), Set.of(), Set.of());
    }

    private static JCas document() throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText("Smith went to Paris.");
        DocumentMetadata meta = new DocumentMetadata(jcas, 0, 20);
        meta.setDocumentId("d1");
        meta.addToIndexes();
        return jcas;
    }

    @Test
    void stampsProvenanceOnWhatAnAnnotatorAdds() throws Exception {
        JCas jcas = document();
        StageRunner.Result r = new StageRunner(EXECUTOR, 5_000, 500).run(stage("people", FindsPerson.class), jcas);
        assertEquals(Status.OK, r.outcome().status());
        Person p = jcas.select(Person.class).single();
        assertEquals("people", p.getAnnotator());
        assertEquals("1.0.0", p.getAnnotatorVersion());
    }

    @Test
    void reportsAThrowingAnnotatorAndDropsItsPartialWork() throws Exception {
        JCas jcas = document();
        StageRunner runner = new StageRunner(EXECUTOR, 5_000, 500);
        runner.run(stage("people", FindsPerson.class), jcas);

        StageRunner.Result r = runner.run(stage("places", AddsPlaceThenThrows.class), jcas);

        assertEquals(Status.FAILED, r.outcome().status());
        assertTrue(r.outcome().message().contains("gazetteer corrupt"), r.outcome().message());
        assertEquals(0, jcas.select(Place.class).count(), "partial annotations of the failed annotator are removed");
        assertEquals(1, jcas.select(Person.class).count(), "the other annotator's work is kept");
    }

    @Test
    void aDocumentTooLargeForTheHeapFailsAsAWholeWhicheverAnnotatorMeetsItFirst() throws Exception {
        JCas jcas = document();
        StageRunner runner = new StageRunner(EXECUTOR, 5_000, 500);
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class,
                () -> runner.run(stage("places", RunsOutOfMemory.class), jcas));
        assertEquals("Java heap space", e.getMessage());
        assertEquals(0, jcas.select(Place.class).count(), "its partial work is removed");
    }

    @Test
    void stopsAnAnnotatorThatRunsPastItsTimeLimit() throws Exception {
        JCas jcas = document();
        StageRunner runner = new StageRunner(EXECUTOR, 200, 2_000);
        runner.run(stage("people", FindsPerson.class), jcas);

        StageRunner.Result r = runner.run(stage("places", SleepsPastTheLimit.class), jcas);

        assertEquals(Status.TIMEOUT, r.outcome().status());
        assertFalse(r.casAbandoned());
        assertTrue(r.outcome().message().contains("was stopped"), r.outcome().message());
        assertEquals(0, jcas.select(Place.class).count());
        assertEquals(1, jcas.select(Person.class).count());
    }

    @Test
    void continuesOnACopyWhenAnAnnotatorWillNotStop() throws Exception {
        JCas jcas = document();
        StageRunner runner = new StageRunner(EXECUTOR, 200, 200);
        runner.run(stage("people", FindsPerson.class), jcas);

        StageRunner.Result r = runner.run(stage("places", IgnoresInterrupts.class), jcas);

        assertEquals(Status.TIMEOUT, r.outcome().status());
        assertTrue(r.casAbandoned(), "the CAS is still being written, so it must not be reused");
        JCas copy = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        StageRunner.copyFinished(jcas, copy);
        assertEquals("Smith went to Paris.", copy.getDocumentText());
        assertEquals("d1", copy.select(DocumentMetadata.class).single().getDocumentId());
        List<Person> people = copy.select(Person.class).asList();
        assertEquals(1, people.size(), "finished annotators' work is kept");
        assertEquals("people", people.get(0).getAnnotator());
        assertEquals(0, copy.select(Place.class).count(), "the runaway annotator's work is not");
    }

    @Test
    void runsADocumentsStagesInOneHandOverBetweenThreads() throws Exception {
        AtomicInteger handOvers = new AtomicInteger();
        ExecutorService counting = new AbstractExecutorService() {
            @Override public void execute(Runnable task) {
                handOvers.incrementAndGet();
                EXECUTOR.execute(task);
            }
            @Override public void shutdown() {}
            @Override public List<Runnable> shutdownNow() { return List.of(); }
            @Override public boolean isShutdown() { return false; }
            @Override public boolean isTerminated() { return false; }
            @Override public boolean awaitTermination(long timeout, TimeUnit unit) { return true; }
        };
        JCas jcas = document();

        List<StageRunner.Result> results = new StageRunner(counting, 5_000, 500)
                .run(List.of(stage("people", FindsPerson.class), stage("places", AddsPlaceThenThrows.class)), jcas);

        assertEquals(1, handOvers.get());
        assertEquals(List.of(Status.OK, Status.FAILED), results.stream().map(r -> r.outcome().status()).toList());
        assertEquals("people", jcas.select(Person.class).single().getAnnotator());
        assertEquals(0, jcas.select(Place.class).count());
    }

    @Test
    void stopsTheSequenceAtAnAnnotatorThatRunsPastItsTimeLimit() throws Exception {
        JCas jcas = document();

        List<StageRunner.Result> results = new StageRunner(EXECUTOR, 200, 2_000).run(List.of(
                stage("people", FindsPerson.class), stage("places", SleepsPastTheLimit.class),
                stage("more-people", FindsPerson.class)), jcas);

        assertEquals(2, results.size(), "the stages after the stopped one are the caller's to run again");
        assertEquals(Status.OK, results.get(0).outcome().status());
        assertEquals(Status.TIMEOUT, results.get(1).outcome().status());
        assertEquals("places", results.get(1).outcome().annotator());
        assertFalse(results.get(1).casAbandoned());
        assertEquals(1, jcas.select(Person.class).count());
        assertEquals(0, jcas.select(Place.class).count());
    }
}
