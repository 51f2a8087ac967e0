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

    /**
     * Writes XML 1.0, or XML 1.1 when the text holds control characters that XML 1.0 cannot (1.1 writes
     * them as character references), so every document the reader accepts has its XMI.
     */
    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
        try {
            boolean xml11 = needsXml11(document.jcas().getDocumentText());
            XmiCasSerializer.serialize(document.jcas().getCas(), null, out, true, null, null, xml11);
        } catch (SAXException e) {
            throw new IOException("cannot write XMI of " + document.id(), e);
        }
    }

    static boolean needsXml11(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return true;
            }
        }
        return false;
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
