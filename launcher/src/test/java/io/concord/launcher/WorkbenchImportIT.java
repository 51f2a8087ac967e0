package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/concord import}: the batch into a workbench project, then curated in the workbench. */
class WorkbenchImportIT {
    @TempDir
    Path dir;

    @Test
    void fillsAProjectHeadlessThatTheWorkbenchThenOpens() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Path ws = dir.resolve("ws");
        Distribution.Run first = dist.run("import", Distribution.SEEDS.toString(), "--project", "news", "--workspace", ws.toString());
        assertEquals(0, first.exitCode(), first.stderr());
        assertTrue(first.stdout().contains("5 documents imported now, 5 in all"), first.stdout());

        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Distribution.Run again = dist.run("import", Distribution.SEEDS.toString(), binary.toString(), "--project", "news",
                "--workspace", ws.toString());
        assertEquals(1, again.exitCode(), "an unreadable document counts as failed");
        assertTrue(again.stdout().contains("0 documents imported now, 5 in all"), again.stdout());
        assertTrue(again.stderr().contains("skipped") && again.stderr().contains("binary"), again.stderr());

        try (WorkbenchServer server = WorkbenchServer.start(dist, ws)) {
            JsonObject project = server.get("api/projects").getAsJsonArray().get(0).getAsJsonObject();
            assertEquals("news", project.get("name").getAsString());
            assertEquals(5, project.get("documents").getAsInt());
            assertTrue(project.get("annotations").getAsInt() > 300);
        }
    }

    @Test
    void withoutAWorkspaceTheProjectGoesIntoTheConcordHome() throws Exception {
        Distribution dist = Distribution.copyTo(dir);
        Distribution.Run run = dist.run("import", Distribution.SEEDS.toString(), "--project", "news");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(Files.isDirectory(dist.userHome().resolve("workspace")), "the home's workspace/ holds it");
        assertTrue(!Files.exists(dist.home.resolve("concord-workspace")) && !Files.exists(Path.of("concord-workspace")),
                "nothing beside the distribution or in the current folder");
        Distribution.Run help = dist.run("import", "--help");
        assertTrue(help.stdout().contains(dist.userHome().resolve("workspace").toString()), help.stdout());
    }
}
