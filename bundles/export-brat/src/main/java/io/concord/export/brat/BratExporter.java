package io.concord.export.brat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.concord.api.AnnotatedDocument;
import io.concord.api.Exporter;
import io.concord.api.model.AnnotatedCollection;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;
import io.concord.types.Person;
import io.concord.types.Quote;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.osgi.service.component.annotations.Component;

/**
 * brat standoff: {@code <id>.ann} for each document (see {@link BratStandoff}) and {@code annotation.conf}
 * for the collection (see {@link AnnotationConf}). brat also needs each document's text as {@code <id>.txt};
 * the exporter interface gives one file per document and format, so the text is the format {@code brat-txt}
 * of this bundle ({@link BratTextExporter}): {@code --format brat,brat-txt}. Its offsets count code points
 * of that text, which is not always the input file (line ends are made {@code \n}, a byte-order mark is
 * dropped).
 */
@Component(service = Exporter.class)
public final class BratExporter implements Exporter {
    @Override
    public String format() {
        return "brat";
    }

    @Override
    public String fileExtension() {
        return "ann";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        BratStandoff.write(document.record(), speakerLinks(document.jcas()), w);
        w.flush();
    }

    /** The person mentions quotes' speakers were resolved from; only the pipeline's CAS knows them. */
    static List<BratStandoff.SpeakerLink> speakerLinks(JCas jcas) {
        List<BratStandoff.SpeakerLink> links = new ArrayList<>();
        if (jcas == null) {
            return links;
        }
        for (Quote q : jcas.select(Quote.class)) {
            Annotation mention = q.getSpeakerMention();
            if (mention instanceof Person) {
                links.add(new BratStandoff.SpeakerLink(q.getBegin(), q.getEnd(), mention.getBegin(), mention.getEnd()));
            }
        }
        return links;
    }

    @Override
    public boolean writesCollection() {
        return true;
    }

    @Override
    public String collectionFileName() {
        return "annotation.conf";
    }

    @Override
    public void writeCollection(AnnotatedCollection collection, OutputStream out) throws IOException {
        Set<String> types = new TreeSet<>();
        if (collection != null) {
            for (DocumentRecord d : collection.documents()) {
                for (AnnotationRecord a : d.annotations()) {
                    types.add(a.type());
                }
            }
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        AnnotationConf.write(types, w);
        w.flush();
    }
}
