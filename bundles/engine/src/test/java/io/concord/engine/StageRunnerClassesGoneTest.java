package io.concord.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.junit.jupiter.api.Test;

/** Which failures mean that an annotator's bundle lost its code while a document ran (a hot deploy). */
class StageRunnerClassesGoneTest {
    @Test
    void aClassThatCannotBeLoadedAnyMoreIsTheBundleGoing() {
        assertTrue(StageRunner.classesGone(new AnalysisEngineProcessException(new ClassNotFoundException(
                "Unable to load class 'x.Y' because the bundle wiring for x is no longer valid."))));
        assertTrue(StageRunner.classesGone(new NoClassDefFoundError("x/Y")));
    }

    @Test
    void otherFailuresAreTheAnnotatorsOwn() {
        assertFalse(StageRunner.classesGone(new IllegalArgumentException("bad input")));
        assertFalse(StageRunner.classesGone(new AnalysisEngineProcessException(new NullPointerException())));
    }
}
