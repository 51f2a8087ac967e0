package io.concord.export.xmi;

import java.io.IOException;
import java.io.OutputStream;

import io.concord.api.AnnotatedDocument;
import io.concord.api.Exporter;
import io.concord.api.model.AnnotatedCollection;
import io.concord.types.ConcordTypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.osgi.service.component.annotations.Component;
import org.xml.sax.SAXException;

/**
 * Standard UIMA XMI, one file per document, plus {@code typesystem.xml} for the collection (as DKPro's
 * XmiWriter does), so INCEpTION, DKPro Core and any UIMA tool can load the documents with their types.
 */
@Component(service = Exporter.class)
public final class XmiExporter implements Exporter {
    @Override
    public String format() {
        return "xmi";
    }

    @Override
    public String fileExtension() {
        return "xmi";
    }

    @Override
    public String mediaType() {
        return "application/vnd.xmi+xml";
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
        try {
            XmiCasSerializer.serialize(document.jcas().getCas(), null, out, true, null);
        } catch (SAXException e) {
            throw new IOException("cannot write XMI of " + document.id(), e);
        }
    }

    @Override
    public boolean writesCollection() {
        return true;
    }

    @Override
    public String collectionFileName() {
        return "typesystem.xml";
    }

    @Override
    public void writeCollection(AnnotatedCollection collection, OutputStream out) throws IOException {
        try {
            ConcordTypeSystem.description().toXML(out);
        } catch (SAXException | ResourceInitializationException e) {
            throw new IOException("cannot write the type system", e);
        }
    }
}
