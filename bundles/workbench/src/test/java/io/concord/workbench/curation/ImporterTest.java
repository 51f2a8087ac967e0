package io.concord.workbench.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.concord.workbench.store.Documents;
import io.concord.workbench.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterTest {
    private static byte[] zip(String... namesAndTexts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void importsAZipAndRefusesUnsafeAndOtherEntries() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        Importer importer = new Importer(ws.db, 1024 * 1024);

        Importer.Result r = importer.importFile(ws.project, "batch.zip", zip("one.txt", "First report.",
                "../../etc/evil.txt", "x", "/abs.txt", "y", "pic.png", "z", "dir/two.md", "# Second\nText."), "bea");

        assertEquals(2, r.imported().size());
        assertEquals(3, r.skipped().size());
        assertTrue(r.skipped().stream().anyMatch(s -> s.name().startsWith("../") && s.reason().contains("unsafe")));
        assertEquals("Second", r.imported().get(1).title());
    }

    @Test
    void readsTheTextOfAnHtmlPageAndKeepsItsTitle() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        String html = "<html><head><title>Quake</title><script>alert(1)</script></head><body><nav>Menu</nav>"
                + "<h1>Quake hits</h1><p>At least <b>41</b> died.</p><p>Rescue goes on.</p></body></html>";

        Importer.Result r = new Importer(ws.db, 1 << 20).importFile(ws.project, "q.html", html.getBytes(StandardCharsets.UTF_8), "bea");

        String text = ws.db.transaction(c -> Documents.text(c, r.imported().get(0).id()));
        assertEquals("Quake hits\n\nAt least 41 died.\n\nRescue goes on.\n", text);
        // the page's headline, not its <title> (which often carries the site's name too)
        assertEquals("Quake hits", r.imported().get(0).title());
    }

    @Test
    void readsMarkdownAsItsWordsWithoutTheMarkup() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        String md = "# Ports close\n\nThe **harbour master** of [Bari](https://example.org) said so.\n";

        Importer.Result r = new Importer(ws.db, 1 << 20).importFile(ws.project, "ports.md", md.getBytes(StandardCharsets.UTF_8), "bea");

        assertEquals("Ports close\n\nThe harbour master of Bari said so.",
                ws.db.transaction(c -> Documents.text(c, r.imported().get(0).id())));
        assertEquals("Ports close", r.imported().get(0).title());
    }

    @ParameterizedTest
    @CsvSource({"binary, 415", "latin1, 415", "blank, 415"})
    void refusesWhatIsNotTextWithAReason(String kind, int status) throws Exception {
        TestWorkspace ws = new TestWorkspace();
        byte[] bytes = switch (kind) {
            case "binary" -> new byte[] {'P', 'K', 0, 0, 1, 2};
            case "latin1" -> "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
            default -> "   \n  ".getBytes(StandardCharsets.UTF_8);
        };
        StoreException e = assertThrows(StoreException.class,
                () -> new Importer(ws.db, 1 << 20).importFile(ws.project, "x.txt", bytes, "bea"));
        assertEquals(status, e.status());
    }

    @Test
    void aSecondDocumentOfTheSameNameIsSkippedNotOverwritten() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        Importer importer = new Importer(ws.db, 1 << 20);
        Importer.Result r = importer.importFile(ws.project, "a.txt", "Another text.".getBytes(StandardCharsets.UTF_8), "bea");
        assertEquals(0, r.imported().size());
        assertTrue(r.skipped().get(0).reason().contains("already"));
        assertEquals(ws.text, ws.db.transaction(c -> Documents.text(c, ws.document)));
    }

    @ParameterizedTest
    @CsvSource({"a.txt, true", "dir/a.txt, true", "../a.txt, false", "/etc/passwd, false", "C:/x.txt, false", "a/../../b.txt, false"})
    void zipEntryNames(String name, boolean safe) {
        assertEquals(safe, Importer.isSafeEntryName(name));
    }
}
