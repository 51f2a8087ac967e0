package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.concord.export.json.JsonExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What evaluate says on stderr: its own name, not the gold files as skipped inputs, not a removed folder. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void speaksAsEvaluateAndLeavesTheGoldFolderOutOfTheInputs() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Nothing to find here.");
        Path gold = Files.createDirectories(docs.resolve("gold"));
        Files.writeString(gold.resolve("a.json"), "{\"document\": {\"id\": \"a\"}, \"annotations\": []}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new EvaluateCommand(new NoAnnotators(Map.of()), List.of(new JsonExporter())).run(
                List.of(docs.toString(), "--gold", gold.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, said);
        assertFalse(said.contains("concord annotate"), said);
        assertFalse(said.contains("skipped"), said);
        assertFalse(said.contains("concord-evaluate-"), "names no temporary folder: " + said);
        assertTrue(said.contains("concord evaluate: 1 of 1 documents annotated"), said);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("documents: 1  missing predictions: 0"), out.toString());
    }
}
