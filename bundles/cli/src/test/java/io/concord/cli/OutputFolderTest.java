package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.concord.api.AnnotatedDocument;
import io.concord.api.Exporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --resume keeps of an earlier run's files. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private static final String TEXT = "Officials in Kiev said 40 homes were flooded.";

    /** The earlier run's JSON of a document, with one annotation at {@code begin}-{@code end}. */
    private DocumentFixture earlierJson(int begin, int end) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.json"), """
                {"schema":"concord.annotations/1","document":{"id":"a","length":%d},
                 "annotations":[{"type":"place","begin":%d,"end":%d,"text":"Kiev"}]}""".formatted(TEXT.length(), begin, end));
        return new DocumentFixture(out, OutputFolder.prepare(out, List.of(), List.of(JSON), new PrintStream(new ByteArrayOutputStream())));
    }

    private record DocumentFixture(Path out, OutputFolder folder) {}

    @Test
    void keepsAnEarlierDocumentWhoseAnnotationsLieInItsText() throws Exception {
        DocumentFixture f = earlierJson(13, 17);
        assertNotNull(f.folder().keptRecord("a", TEXT, List.of(JSON), true));
    }

    /**
     * ConcordJson.readDocument takes offsets as they are (found by fuzzing, see docs/robustness.md): a JSON
     * file edited or damaged between the runs must not hand the conflict detector an annotation outside its
     * text; the document is annotated again instead.
     */
    @Test
    void annotatesAgainAnEarlierDocumentWithAnAnnotationOutsideItsText() throws Exception {
        assertNull(earlierJson(40, 99).folder().keptRecord("a", TEXT, List.of(JSON), true));
        assertNull(earlierJson(-3, 2).folder().keptRecord("a", TEXT, List.of(JSON), true));
        assertNull(earlierJson(17, 13).folder().keptRecord("a", TEXT, List.of(JSON), true));
    }

    private static final Exporter JSON = new Exporter() {
        @Override public String format() { return "json"; }
        @Override public String fileExtension() { return "json"; }
        @Override public String mediaType() { return "application/json"; }
        @Override public void writeDocument(AnnotatedDocument document, OutputStream out) {
            throw new UnsupportedOperationException();
        }
    };
}
