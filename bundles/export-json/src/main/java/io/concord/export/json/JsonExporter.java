package io.concord.export.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import io.concord.api.AnnotatedDocument;
import io.concord.api.ExportOptions;
import io.concord.api.Exporter;
import io.concord.api.model.AnnotatedCollection;
import io.concord.export.json.format.ConcordJson;
import org.osgi.service.component.annotations.Component;

/** Exports documents as {@code concord.annotations/1} and the collection as {@code concord.conflicts/1}. */
@Component(service = Exporter.class)
public final class JsonExporter implements Exporter {
    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
        writeDocument(document, out, ExportOptions.DEFAULT);
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out, ExportOptions options) throws IOException {
        Writer w = buffered(out);
        ConcordJson.writeDocument(document.record(), w, options, document.source());
        w.flush();
    }

    /** Gson writes many tiny strings; without a buffer each one goes through the encoder on its own. */
    private static Writer buffered(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public boolean writesCollection() {
        return true;
    }

    @Override
    public void writeCollection(AnnotatedCollection collection, OutputStream out) throws IOException {
        writeCollection(collection, out, ExportOptions.DEFAULT);
    }

    @Override
    public void writeCollection(AnnotatedCollection collection, OutputStream out, ExportOptions options)
            throws IOException {
        Writer w = buffered(out);
        ConcordJson.writeConflicts(collection.conflicts(), w, options, collection.documents());
        w.flush();
    }
}
