package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackedInputsTest {
    @TempDir
    Path dir;

    @Test
    void splitsJsonLinesIntoDocumentsAndNamesTheLinesThatHoldNone() throws Exception {
        Path in = Files.writeString(dir.resolve("wire.jsonl"), """
                {"id": "afp/2026-03-02 001", "text": "The mayor of Leeds said 40 homes were flooded."}

                not json
                {"text": "Rescuers in York said the river rose."}
                {"id": "afp/2026-03-02 001", "text": "A second story with the same id."}
                {"id": 7, "title": "no text here"}
                """);
        List<UnpackedInputs.BadLine> bad = new ArrayList<>();
        try (UnpackedInputs u = new UnpackedInputs(1 << 20, StandardCharsets.UTF_8)) {
            List<UnpackedInputs.Unpacked> docs = u.jsonLines(in, bad);
            assertEquals(List.of("afp_2026-03-02_001.txt", "wire-4.txt", "wire-5.txt"),
                    docs.stream().map(d -> d.file().getFileName().toString()).toList());
            assertEquals("The mayor of Leeds said 40 homes were flooded.", Files.readString(docs.get(0).file()));
            assertEquals("wire.jsonl:1", docs.get(0).source());
        }
        assertEquals(List.of("wire.jsonl:3", "wire.jsonl:6"), bad.stream().map(UnpackedInputs.BadLine::source).toList());
        assertTrue(bad.get(0).reason().startsWith("line 3 "), bad.get(0).reason());
    }

    @Test
    void unpacksTheDocumentsOfAZipAndRefusesEntriesThatLeaveItsFolder() throws Exception {
        Path zip = dir.resolve("news.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String[] e : new String[][]{{"a/r.txt", "Leeds"}, {"b/r.txt", "York"}, {"b/photo.png", "x"},
                    {"../../evil.txt", "Paris"}, {".hidden.txt", "x"}}) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        List<PathMatcher> txt = List.of(FileSystems.getDefault().getPathMatcher("glob:*.txt"));
        List<String> skipped = new ArrayList<>();
        try (UnpackedInputs u = new UnpackedInputs(1 << 20, StandardCharsets.UTF_8)) {
            List<UnpackedInputs.Unpacked> docs = u.zip(zip, txt, skipped);
            assertEquals(List.of("news.zip/a/r.txt", "news.zip/b/r.txt"), docs.stream().map(UnpackedInputs.Unpacked::source).toList());
            assertEquals("York", Files.readString(docs.get(1).file()));
            Path tmp = docs.get(0).file().getParent().getParent().getParent();
            u.close();
            assertTrue(Files.notExists(tmp), "the temporary folder is removed");
        }
        assertEquals(List.of("news.zip!../../evil.txt", "news.zip!.hidden.txt", "news.zip!b/photo.png"), skipped);
    }

    @Test
    void readsStandardInputAsOneDocument() throws Exception {
        try (UnpackedInputs u = new UnpackedInputs(1 << 20, StandardCharsets.UTF_8)) {
            List<UnpackedInputs.Unpacked> docs = u.standardInput(new ByteArrayInputStream("Hello from a pipe.".getBytes(StandardCharsets.UTF_8)));
            assertEquals("stdin", docs.get(0).source());
            assertEquals("Hello from a pipe.", Files.readString(docs.get(0).file()));
        }
    }
}
