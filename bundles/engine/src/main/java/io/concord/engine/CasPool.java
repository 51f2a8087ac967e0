package io.concord.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

import io.concord.types.ConcordTypeSystem;
import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.cas.CAS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.util.CasCreationUtils;

/**
 * Reusable CASes built from one pipeline's type system (Concord's types and those its annotators bring). The
 * resource manager's extension class loader is the types bundle's, so JCas cover classes are the types bundle's
 * own (never a copy); a type a third-party bundle brings is used through the CAS API or as its supertype's JCas
 * class. A CAS that must
 * not be reused (an annotator still running on it after its time limit) is discarded, and the pool
 * makes a new one in its place.
 */
final class CasPool {
    private final BlockingQueue<JCas> idle;
    private final Semaphore permits;
    private final ResourceManager resourceManager;
    private final TypeSystemDescription types;

    CasPool(int size, TypeSystemDescription types) {
        this.types = types;
        this.idle = new ArrayBlockingQueue<>(size);
        this.permits = new Semaphore(size);
        this.resourceManager = UIMAFramework.newDefaultResourceManager();
        try {
            resourceManager.setExtensionClassLoader(ConcordTypeSystem.jcasClassLoader(), true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set the types bundle's class loader on UIMA", e);
        }
    }

    JCas take() throws InterruptedException, ResourceInitializationException {
        permits.acquire();
        JCas jcas = idle.poll();
        if (jcas != null) {
            return jcas;
        }
        try {
            CAS cas = CasCreationUtils.createCas(types, null, null, null, resourceManager);
            return cas.getJCas();
        } catch (ResourceInitializationException | RuntimeException e) {
            permits.release();
            throw e;
        } catch (Exception e) {
            permits.release();
            throw new ResourceInitializationException(e);
        }
    }

    void giveBack(JCas jcas) {
        jcas.reset();
        idle.offer(jcas);
        permits.release();
    }

    /** Forget a CAS that must not be reused; a fresh one is created on demand. */
    void discard() {
        permits.release();
    }
}
