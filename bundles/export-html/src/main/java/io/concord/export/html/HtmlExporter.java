package io.concord.export.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.concord.api.AnnotatedDocument;
import io.concord.api.Exporter;
import io.concord.api.model.AnnotatedCollection;
import io.concord.api.text.TextSegmenter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Writes a collection's conflicts as one self-contained HTML page ({@code conflicts.html}); no per-document files. */
@Component(service = Exporter.class)
public final class HtmlExporter implements Exporter {
    /** Gives the sentences claims are shown in; without one, a claim is shown alone. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TextSegmenter segmenter;

    public HtmlExporter() {}

    /** An exporter that shows claims in the sentences {@code segmenter} finds, for use outside OSGi. */
    public HtmlExporter(TextSegmenter segmenter) {
        this.segmenter = segmenter;
    }
    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public boolean writesDocuments() {
        return false;
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) {
        throw new UnsupportedOperationException("html writes one page per collection, not per document");
    }

    @Override
    public boolean writesCollection() {
        return true;
    }

    @Override
    public String collectionFileName() {
        return "conflicts.html";
    }

    @Override
    public void writeCollection(AnnotatedCollection collection, OutputStream out) throws IOException {
        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ConflictPage.render(collection, segmenter, w);
        w.flush();
    }
}
