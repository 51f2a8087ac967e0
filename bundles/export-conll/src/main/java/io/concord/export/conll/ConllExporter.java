package io.concord.export.conll;

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
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * CoNLL-2003-style BIO, one file per document ({@code <id>.conll}), for training and scoring NER tools:
 * <pre>
 * -DOCSTART-	O
 *
 * Mayor	O
 * Ana	B-PER
 * Ruiz	I-PER
 * visited	O
 * Porto	B-LOC
 * .	O
 * </pre>
 * Two tab-separated columns, the token and its IOB2 tag (see {@link ConllWriter} for overlaps, partial
 * tokens and white space, {@link EntityLabels} for the labels: {@code PER}, {@code LOC}, and OntoNotes
 * labels for figures; quotes are not written). Tokens and sentences are the segmenter's, never a tokenizer
 * of this bundle's: the {@link Token}s and sentences in the document's CAS when the pipeline wrote them, else
 * the {@link TextSegmenter} service (a CAS rebuilt from curated records, in the workbench, has none). With
 * neither, the document fails with a reason rather than being split some other way.
 */
@Component(service = Exporter.class, configurationPid = ConllExporter.PID)
@Designate(ocd = ConllExporter.Config.class)
public final class ConllExporter implements Exporter {
    static final String PID = "io.concord.export.conll";

    @ObjectClassDefinition(name = "Concord CoNLL exporter",
            description = "CoNLL-2003-style BIO tags over the segmenter's tokens.")
    public @interface Config {
        @AttributeDefinition(description = "Also tag figures, with OntoNotes labels (CARDINAL, MONEY, PERCENT, QUANTITY,"
                + " DATE); off for tools that know only PER, LOC, ORG and MISC.")
        boolean figures() default true;
    }

    private final ConllWriter writer;
    private final TextSegmenter segmenter;

    /** The segmenter is taken when there is one (greedy), and used only for documents without tokens. */
    @Activate
    public ConllExporter(Config config,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            TextSegmenter segmenter) {
        this(config.figures(), segmenter);
    }

    /** For use outside OSGi; {@code segmenter} may be null when every document's CAS holds its tokens. */
    public ConllExporter(boolean figures, TextSegmenter segmenter) {
        this.writer = new ConllWriter(new EntityLabels(figures));
        this.segmenter = segmenter;
    }

    @Override
    public String format() {
        return "conll";
    }

    @Override
    public String fileExtension() {
        return "conll";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(segmentation(document), document.record().annotations(), w);
        w.flush();
    }

    private Segmentation segmentation(AnnotatedDocument document) throws IOException {
        Segmentation s = Segmentation.of(document.jcas(), document.record().text(), segmenter);
        if (s == null) {
            throw new IOException("conll needs the segmenter's tokens: document " + document.id()
                    + " has none and no segmenter service is installed");
        }
        return s;
    }
}
