package io.concord.testing.faulty;

import io.concord.types.Place;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;

/**
 * Misbehaves on request, so tests can watch Concord cope: a document containing {@code [[throw]]} makes it add
 * an annotation and throw, {@code [[sleep]]} makes it sleep far past any time limit (but stop when
 * interrupted), {@code [[spin]]} makes it busy-loop ignoring interrupts for ten seconds.
 */
@TypeCapability(outputs = "io.concord.types.Place")
public class FaultyAnnotator extends JCasAnnotator_ImplBase {
    @Override
    public void process(JCas jcas) {
        String text = jcas.getDocumentText();
        if (text.contains("[[throw]]")) {
            new Place(jcas, 0, 1).addToIndexes();
            throw new IllegalStateException("asked to fail");
        }
        if (text.contains("[[sleep]]")) {
            new Place(jcas, 0, 1).addToIndexes();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (text.contains("[[spin]]")) {
            new Place(jcas, 0, 1).addToIndexes();
            long until = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
    }
}
