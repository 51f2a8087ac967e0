package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.gson.JsonIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json on a full disk (issue 10, item 3). */
class RunRecordTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    /**
     * Gson reports a full disk as a JsonIOException (a RuntimeException), which escaped RunRecord and ended
     * the whole batch (found on a 2 MB tmpfs: "concord annotate: java.util.concurrent.ExecutionException:
     * com.google.gson.JsonIOException: java.io.IOException: No space left on device").
     */
    @Test
    void aFullDiskWhileWritingRunJsonIsReportedNotThrown() throws Exception {
        AtomicBoolean full = new AtomicBoolean(true);
        RunRecord record = new RunRecord(dir, List.of(), new DocumentStates(), err, (target, writer) -> {
            if (full.get()) {
                throw new JsonIOException(new IOException("No space left on device"));
            }
            AtomicFiles.write(target, writer);
        });
        record.started(3);
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("cannot write run.json: No space left on device"),
                errBytes.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("run.json")));
        full.set(false);
        record.finished(Map.of("documents", 3));
        assertTrue(Files.readString(dir.resolve("run.json")).contains("\"finished\""));
    }

    /**
     * Room for the final run.json is set aside when the run starts (a reserve file in --out), and given back
     * just before it is written, so a disk that the documents filled still takes the record of what failed.
     */
    @Test
    void keepsRoomForTheFinalRunJsonUntilTheEnd() throws Exception {
        RunRecord record = new RunRecord(dir, List.of(), new DocumentStates(), err);
        record.started(1000);
        Path reserve = dir.resolve(RunRecord.RESERVE);
        assertTrue(Files.size(reserve) >= 1000 * 256, "room for 1000 documents' states");
        record.finished(Map.of("documents", 1000));
        assertFalse(Files.exists(reserve), "the room is given back");
        assertEquals("finished", com.google.gson.JsonParser.parseString(Files.readString(dir.resolve("run.json")))
                .getAsJsonObject().get("state").getAsString());
    }
}
