package io.concord.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployFolderTest {
    @TempDir
    Path dir;

    @Test
    void installsIntoTheUsersFolderAndFindsByNameOrFile() throws Exception {
        Path user = dir.resolve("home/deploy");
        Path dist = Files.createDirectories(dir.resolve("dist/deploy"));
        bundle(dist.resolve("concord-annotator-places.jar"), "concord-annotator-places", "0.1.0");
        DeployFolder deploy = new DeployFolder(user, List.of(dist));

        DeployFolder.DeployedJar installed = deploy.install(bundle(dir.resolve("harbours-1.0.jar"), "com.example.harbours", "1.0.0").toString());

        assertEquals(user.resolve("harbours-1.0.jar"), installed.file());
        assertEquals("1.0.0", installed.version());
        assertEquals(installed.file(), deploy.find("com.example.harbours").file());
        assertEquals(installed.file(), deploy.find("harbours-1.0").file());
        assertEquals(dist.resolve("concord-annotator-places.jar"), deploy.find("concord-annotator-places.jar").file());
        assertEquals(List.of(installed.file()), filesIn(user), "no staging file is left");
    }

    @Test
    void updateReplacesTheJarWhereItIsAndOnlyWithTheSameBundle() throws Exception {
        Path user = Files.createDirectories(dir.resolve("deploy"));
        Path jar = bundle(user.resolve("harbours.jar"), "com.example.harbours", "1.0.0");
        DeployFolder deploy = new DeployFolder(user, List.of());

        DeployFolder.DeployedJar updated = deploy.update("com.example.harbours",
                bundle(dir.resolve("new.jar"), "com.example.harbours", "1.1.0").toString());
        assertEquals(jar, updated.file());
        assertEquals("1.1.0", DeployFolder.describe(jar).version());

        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> deploy.update("harbours",
                bundle(dir.resolve("other.jar"), "com.example.rivers", "1.0.0").toString()));
        assertEquals(dir.resolve("other.jar") + " holds bundle com.example.rivers, not com.example.harbours; "
                + "concord:install adds it beside", other.getMessage());
        assertEquals("1.1.0", DeployFolder.describe(jar).version(), "the deployed jar is untouched");
        assertEquals(List.of(jar), filesIn(user));
    }

    @Test
    void refusesWhatIsNoBundleOrIsDeployedAlreadyAndSaysWhatIsThere() throws Exception {
        Path user = Files.createDirectories(dir.resolve("deploy"));
        bundle(user.resolve("harbours.jar"), "com.example.harbours", "1.0.0");
        DeployFolder deploy = new DeployFolder(user, List.of());
        Path text = Files.writeString(dir.resolve("notes.jar"), "not a jar");
        Path plainJar = jar(dir.resolve("plain.jar"), new Manifest());

        assertEquals("notes.jar is not a readable jar (zip END header not found)",
                assertThrows(IllegalArgumentException.class, () -> deploy.install(text.toString())).getMessage());
        assertEquals("plain.jar is not an OSGi bundle: its manifest has no Bundle-SymbolicName",
                assertThrows(IllegalArgumentException.class, () -> deploy.install(plainJar.toString())).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> deploy.install(
                bundle(dir.resolve("again.jar"), "com.example.harbours", "2.0.0").toString())).getMessage()
                .startsWith("com.example.harbours is deployed already"));
        assertEquals("no bundle named rivers in deploy/; deployed: com.example.harbours",
                assertThrows(NoSuchElementException.class, () -> deploy.remove("rivers")).getMessage());
        assertThrows(NoSuchFileException.class, () -> deploy.install(dir.resolve("missing.jar").toString()));
        assertEquals(List.of(user.resolve("harbours.jar")), filesIn(user), "nothing staged is left");
    }

    @Test
    void removeDeletesTheJar() throws Exception {
        Path user = Files.createDirectories(dir.resolve("deploy"));
        Path jar = bundle(user.resolve("harbours.jar"), "com.example.harbours;singleton:=true", "1.0.0");
        DeployFolder deploy = new DeployFolder(user, List.of());

        assertEquals("com.example.harbours", deploy.remove("com.example.harbours").symbolicName());
        assertFalse(Files.exists(jar));
    }

    @Test
    void installsFromAFileUrl() throws Exception {
        Path user = dir.resolve("deploy");
        Path source = bundle(dir.resolve("src/harbours.jar"), "com.example.harbours", "1.0.0");
        DeployFolder.DeployedJar installed = new DeployFolder(user, List.of()).install(source.toUri().toString());
        assertEquals(user.resolve("harbours.jar"), installed.file());
    }

    private static Path bundle(Path file, String symbolicName, String version) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        m.getMainAttributes().putValue("Bundle-Version", version);
        return jar(file, m);
    }

    private static Path jar(Path file, Manifest m) throws IOException {
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, m)) {
            jar.flush();
        }
        return file;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
