package io.concord.export.brat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.concord.api.AnnotatedDocument;
import io.concord.api.Exporter;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code <id>.txt} that brat shows next to {@link BratExporter}'s {@code <id>.ann}: the text Concord
 * annotated, in UTF-8 without a byte-order mark, its line ends made {@code \n} (see {@link BratText}), so
 * the {@code .ann}'s offsets hold for it exactly.
 */
@Component(service = Exporter.class)
public final class BratTextExporter implements Exporter {
    @Override
    public String format() {
        return "brat-txt";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public void writeDocument(AnnotatedDocument document, OutputStream out) throws IOException {
        out.write(BratText.of(document.record().text()).text().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
