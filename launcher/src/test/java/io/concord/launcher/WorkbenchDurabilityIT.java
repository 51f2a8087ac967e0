package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the workbench said was saved survives a kill -9 at once afterwards. */
class WorkbenchDurabilityIT {
    @TempDir
    Path dir;

    @Test
    void decisionsSurviveKillMinusNine() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path ws = dir.resolve("ws");
        long annotation;
        String canonical = "Kept after kill -9";
        try (WorkbenchServer first = WorkbenchServer.start(dist, ws, "--import", Distribution.SEEDS.toString())) {
            long doc = first.get("api/projects/1").getAsJsonObject().getAsJsonArray("documents").get(0).getAsJsonObject().get("id").getAsLong();
            JsonObject a = first.get("api/documents/" + doc).getAsJsonObject().getAsJsonArray("annotations").get(0).getAsJsonObject();
            annotation = a.get("id").getAsLong();
            first.call("PATCH", "api/annotations/" + annotation, "{\"version\":1,\"attributes\":{\"canonical\":\"" + canonical + "\"}}");
            first.kill();
        }
        try (WorkbenchServer second = WorkbenchServer.start(dist, ws)) {
            JsonObject after = second.get("api/annotations/" + annotation).getAsJsonObject();
            assertEquals(canonical, after.getAsJsonObject("attributes").get("canonical").getAsString());
            assertEquals("corrected", after.get("status").getAsString());
            assertEquals("tester", after.get("updatedBy").getAsString());
            assertEquals(1, second.get("api/projects").getAsJsonArray().size(), "--import is skipped when the project exists");
        }
    }
}
