package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every JSON file the batch writes is valid against the schemas published in docs/schemas. */
class ExportSchemasIT {
    @TempDir
    static Path dir;
    static Path out;

    private static final Path SCHEMAS = Path.of("../docs/schemas");

    @BeforeAll
    static void annotate() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        out = dir.resolve("out");
        Distribution.Run run = dist.run("annotate", Distribution.SEEDS.toString(),
                Path.of("src/test/resources/generalisation/heldout-news").toString(), "--out", out.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.stderr());
    }

    private static Schema schema(String name) throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012());
        return registry.getSchema(Files.readString(SCHEMAS.resolve(name), StandardCharsets.UTF_8), InputFormat.JSON);
    }

    private static List<Error> errors(Schema schema, Path file) throws Exception {
        return schema.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @Test
    void everyDocumentFileIsValid() throws Exception {
        Schema schema = schema("concord.annotations.schema.json");
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !List.of("conflicts.json", "run.json").contains(p.getFileName().toString())).toList();
        }
        assertEquals(29, files.size(), "5 seeds and 24 held-out texts");
        for (Path f : files) {
            assertEquals(List.of(), errors(schema, f), f.toString());
        }
    }

    @Test
    void theConflictReportIsValid() throws Exception {
        assertEquals(List.of(), errors(schema("concord.conflicts.schema.json"), out.resolve("conflicts.json")));
    }

    @Test
    void theSchemasRejectWhatTheFormatDoesNotAllow() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"schema": "concord.annotations/1", "document": {"id": "d", "length": 10},
                 "annotations": [{"type": "figure", "begin": 0, "end": 2, "text": "40", "kind": "count", "value": "forty"},
                                 {"type": "place", "begin": 3, "end": -1, "text": "x", "kind": "planet"}]}
                """);
        List<Error> errors = errors(schema("concord.annotations.schema.json"), bad);
        assertFalse(errors.isEmpty());
        assertTrue(errors.size() >= 3, errors.toString());
    }
}
