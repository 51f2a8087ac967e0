package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader(1024, StandardCharsets.UTF_8);

    private Path file(byte[] bytes) throws Exception {
        return Files.write(dir.resolve("doc.txt"), bytes);
    }

    @Test
    void dropsLeadingBomAndKeepsEverythingElse() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Kyiv\r\n said “no”.\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertEquals("Kyiv\r\n said “no”.\n", reader.read(file(all)));
    }

    @Test
    void refusesLatin1AsUtf8AndNamesTheOffsetAndTheFix() throws Exception {
        var e = assertThrows(DocumentReader.UnreadableDocument.class,
                () -> reader.read(file("Caf\u00e9 owners".getBytes(StandardCharsets.ISO_8859_1))));
        assertTrue(e.getMessage().contains("offset 3") && e.getMessage().contains("--encoding"), e.getMessage());
    }

    @Test
    void readsLatin1WhenTold() throws Exception {
        var latin = new DocumentReader(1024, StandardCharsets.ISO_8859_1);
        assertEquals("Café owners", latin.read(file("Caf\u00e9 owners".getBytes(StandardCharsets.ISO_8859_1))));
    }

    @ParameterizedTest
    @CsvSource({"'', empty file", "'   \n\t ', only white space"})
    void refusesDocumentsWithoutText(String content, String reason) throws Exception {
        var e = assertThrows(DocumentReader.UnreadableDocument.class, () -> reader.read(file(content.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void readsMarkdownAsItsWordsWithItsHeadingAsTitle() throws Exception {
        Path md = Files.writeString(dir.resolve("storm.md"), "# Storm hits Bari\n\nThe *mayor* of [Bari](https://x.org) said.\n");

        DocumentReader.Read read = reader.readWithMetadata(md);

        assertEquals("Storm hits Bari\n\nThe mayor of Bari said.", read.text());
        assertEquals("Storm hits Bari", read.title());
        DocumentReader.UnreadableDocument empty = assertThrows(DocumentReader.UnreadableDocument.class,
                () -> reader.read(Files.writeString(dir.resolve("rule.md"), "---\n<div></div>\n")));
        assertEquals("a Markdown document without text", empty.getMessage());
    }

    @Test
    void refusesBinaryFiles() throws Exception {
        var e = assertThrows(DocumentReader.UnreadableDocument.class, () -> reader.read(file(new byte[]{'P', 'K', 3, 4, 0, 0, 1})));
        assertTrue(e.getMessage().startsWith("binary file"), e.getMessage());
    }

    @Test
    void refusesFilesOverTheSizeLimitWithTheLimit() throws Exception {
        var e = assertThrows(DocumentReader.UnreadableDocument.class, () -> reader.read(file(new byte[2048])));
        assertTrue(e.getMessage().contains("too large") && e.getMessage().contains("1.0 KB"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"20MB, 20971520", "512k, 524288", "1000, 1000", "1.5GB, 1610612736"})
    void parsesSizesAsPeopleWriteThem(String text, long bytes) {
        assertEquals(bytes, Sizes.parse(text));
    }

    @Test
    void readsUtf16WithAByteOrderMarkWithoutBeingTold() throws Exception {
        Path be = dir.resolve("be.txt");
        Files.write(be, "\uFEFFMinister said 40.".getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        Path le = dir.resolve("le.txt");
        Files.write(le, "\uFEFFMinister said 40.".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        DocumentReader reader = new DocumentReader(1 << 20, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("Minister said 40.", reader.read(be));
        assertEquals("Minister said 40.", reader.read(le));
    }

    @Test
    void callsUtf16WithoutAByteOrderMarkBinaryButSaysWhichEncodingToTry() throws Exception {
        Path f = dir.resolve("nobom.txt");
        Files.write(f, "Minister said 40.".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        DocumentReader.UnreadableDocument e = org.junit.jupiter.api.Assertions.assertThrows(DocumentReader.UnreadableDocument.class,
                () -> new DocumentReader(1 << 20, java.nio.charset.StandardCharsets.UTF_8).read(f));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("--encoding UTF-16"), e.getMessage());
    }

    @Test
    void refusesANulByteAnywhereNotOnlyInTheFirstKilobytes() throws Exception {
        byte[] bytes = ("word ".repeat(4000) + "\u0000 tail").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path f = Files.write(dir.resolve("late-nul.txt"), bytes);
        DocumentReader.UnreadableDocument e = org.junit.jupiter.api.Assertions.assertThrows(DocumentReader.UnreadableDocument.class,
                () -> new DocumentReader(1 << 20, java.nio.charset.StandardCharsets.UTF_8).read(f));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("NUL byte at offset 20000"), e.getMessage());
    }
}
