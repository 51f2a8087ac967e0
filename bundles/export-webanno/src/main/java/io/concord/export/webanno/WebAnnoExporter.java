package io.concord.export.webanno;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.concord.api.AnnotatedDocument;
import io.concord.api.Exporter;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TextSegmenter;
import io.concord.types.Token;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * WebAnno TSV 3.3, INCEpTION's tab-separated import format, one file per document ({@code <id>.tsv}); see
 * {@link TsvWriter} for what is written. Tokens and sentences are the segmenter's: the {@link Token}s in the
 * document's CAS, else the {@link TextSegmenter} service; with neither, the document fails with a reason.
 * For every feature and the quotes, INCEpTION reads Concord's UIMA XMI ({@code --format xmi}).
 */
@Component(service = Exporter.class)
public final class WebAnnoExporter implements Exporter {
    private final TextSegmenter segmenter;

    /** The segmenter is taken when there is one (greedy), and used only for documents without tokens. */
    @Activate
    public WebAnnoExporter(
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TextSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public String format() {
        return "webanno";
    }

    @Override
    public String fileExtension() {
        return "tsv";
    }

    @Override
    public String mediaType() {
        return "text/tab-separated-values";
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        TsvWriter.write(segmentation(document), document.record().annotations(), w);
        w.flush();
    }

    private Segmentation segmentation(AnnotatedDocument document) throws IOException {
        Segmentation s = Segmentation.of(document.jcas(), document.record().text(), segmenter);
        if (s == null) {
            throw new IOException("webanno needs the segmenter's tokens: document " + document.id()
                    + " has none and no segmenter service is installed");
        }
        return s;
    }
}
