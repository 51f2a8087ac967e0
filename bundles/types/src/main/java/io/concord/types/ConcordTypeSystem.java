package io.concord.types;

import java.io.IOException;
import java.net.URL;

import org.apache.uima.UIMAFramework;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;

/**
 * Access to Concord's one type system. Every CAS in Concord is built from this description, so
 * all annotators and exporters see the same feature layout (UIMA requires one layout per JCas class).
 */
public final class ConcordTypeSystem {
    /** Resource name of the type system descriptor, relative to this package. */
    public static final String DESCRIPTOR = "ConcordTypes.xml";

    private static volatile TypeSystemDescription cached;

    private ConcordTypeSystem() {}

    /** The type system description; parsed once and shared (callers must not modify it). */
    public static TypeSystemDescription description() throws ResourceInitializationException {
        TypeSystemDescription tsd = cached;
        if (tsd == null) {
            URL url = ConcordTypeSystem.class.getResource(DESCRIPTOR);
            try {
                tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(url));
                tsd.resolveImports();
            } catch (IOException | InvalidXMLException e) {
                throw new ResourceInitializationException(e);
            }
            cached = tsd;
        }
        return tsd;
    }

    /** The class loader that owns the JCas classes; CASes must be created with it. */
    public static ClassLoader jcasClassLoader() {
        return ConcordTypeSystem.class.getClassLoader();
    }
}
