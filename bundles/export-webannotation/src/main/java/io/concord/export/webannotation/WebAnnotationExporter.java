package io.concord.export.webannotation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.concord.api.AnnotatedDocument;
import io.concord.api.Exporter;
import org.osgi.service.component.annotations.Component;

/**
 * W3C Web Annotation JSON-LD: {@code <id>.jsonld} for each document, an {@code AnnotationCollection} of one
 * {@code Annotation} per Concord annotation (see {@link WebAnnotation}). Selectors count code points of the
 * text Concord annotated, as the W3C model requires.
 */
@Component(service = Exporter.class)
public final class WebAnnotationExporter implements Exporter {
    @Override
    public String format() {
        return "webannotation";
    }

    @Override
    public String fileExtension() {
        return "jsonld";
    }

    @Override
    public String mediaType() {
        // the media type the Web Annotation Protocol gives for this context
        return "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"";
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        String id = document.id() != null ? document.id() : document.record().id();
        WebAnnotation.write(id, document.record(), w);
        w.flush();
    }
}
