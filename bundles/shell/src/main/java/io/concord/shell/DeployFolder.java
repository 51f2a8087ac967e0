package io.concord.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The deploy/ folders that File Install watches, changed as an operator would change them by hand: installing
 * copies a jar into the user's deploy/, updating replaces a deployed jar, removing deletes it. File Install
 * then installs, updates or uninstalls the bundle and the deploy guard checks it, as for any jar dropped there,
 * so what the shell does outlives the run.
 */
final class DeployFolder {
    /** A bundle jar in a deploy/ folder. */
    record DeployedJar(Path file, String symbolicName, String version) {}

    private final Path userDeploy;
    private final List<Path> folders;

    /** {@code userDeploy} receives new bundles; {@code others} (the distribution's deploy/) are updated in place. */
    DeployFolder(Path userDeploy, List<Path> others) {
        this.userDeploy = userDeploy;
        this.folders = new ArrayList<>();
        folders.add(userDeploy);
        others.stream().filter(f -> !f.equals(userDeploy)).forEach(folders::add);
    }

    /** The bundle jars of every watched deploy/ folder; jars that are not bundles are left out. */
    List<DeployedJar> jars() throws IOException {
        List<DeployedJar> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.jar")) {
                for (Path jar : ds) {
                    try {
                        out.add(describe(jar));
                    } catch (IllegalArgumentException notABundle) {
                        // the deploy guard reports it
                    }
                }
            }
        }
        return out;
    }

    /**
     * Copies a bundle (a file path or an http, https or file URL) into the user's deploy/ under its own file name.
     *
     * @throws IllegalArgumentException when it is not a bundle, or one of that name is deployed already
     */
    DeployedJar install(String source) throws IOException {
        Path staged = stage(source, userDeploy);
        try {
            DeployedJar incoming = describe(staged, fileName(source));
            for (DeployedJar jar : jars()) {
                if (jar.symbolicName().equals(incoming.symbolicName())) {
                    throw new IllegalArgumentException(incoming.symbolicName() + " is deployed already (" + jar.file()
                            + "); concord:update " + jar.symbolicName() + " " + source + " replaces it");
                }
            }
            Path target = userDeploy.resolve(fileName(source));
            if (Files.exists(target)) {
                throw new IllegalArgumentException(target + " exists already and holds another bundle; rename the jar");
            }
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            return new DeployedJar(target, incoming.symbolicName(), incoming.version());
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /**
     * Replaces the deployed jar of bundle {@code name} with {@code source}, which must hold the same bundle.
     *
     * @throws NoSuchElementException when no deployed bundle has that name
     */
    DeployedJar update(String name, String source) throws IOException {
        DeployedJar current = find(name);
        Path staged = stage(source, current.file().getParent());
        try {
            DeployedJar incoming = describe(staged, fileName(source));
            if (!incoming.symbolicName().equals(current.symbolicName())) {
                throw new IllegalArgumentException(source + " holds bundle " + incoming.symbolicName() + ", not "
                        + current.symbolicName() + "; concord:install adds it beside");
            }
            Files.move(staged, current.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new DeployedJar(current.file(), incoming.symbolicName(), incoming.version());
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** Deletes the deployed jar of bundle {@code name}; File Install uninstalls the bundle. */
    DeployedJar remove(String name) throws IOException {
        DeployedJar jar = find(name);
        Files.delete(jar.file());
        return jar;
    }

    /** The deployed bundle whose symbolic name or jar file name (with or without {@code .jar}) is {@code name}. */
    DeployedJar find(String name) throws IOException {
        List<DeployedJar> all = jars();
        for (DeployedJar jar : all) {
            String file = jar.file().getFileName().toString();
            if (jar.symbolicName().equals(name) || file.equals(name) || file.equals(name + ".jar")) {
                return jar;
            }
        }
        throw new NoSuchElementException("no bundle named " + name + " in deploy/; deployed: "
                + String.join(", ", all.stream().map(DeployedJar::symbolicName).toList()));
    }

    /** A jar's bundle headers; {@link IllegalArgumentException} when it is no readable OSGi bundle. */
    static DeployedJar describe(Path jar) {
        return describe(jar, jar.getFileName().toString());
    }

    /** The same for a staged copy, named in messages as {@code shownAs} (what the operator gave). */
    private static DeployedJar describe(Path jar, String shownAs) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(shownAs + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
            }
            String version = manifest.getMainAttributes().getValue("Bundle-Version");
            return new DeployedJar(jar, name.split(";", 2)[0].trim(), version == null ? "0.0.0" : version.trim());
        } catch (IOException e) {
            throw new IllegalArgumentException(shownAs + " is not a readable jar (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Copies the source beside its destination under a name File Install does not watch, so that only a
     * complete jar is ever moved into place.
     */
    private static Path stage(String source, Path folder) throws IOException {
        Path staged = StagedFiles.beside(folder, ".concord-shell-");
        try (InputStream in = open(source)) {
            Files.copy(in, staged, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
        return staged;
    }

    private static InputStream open(String source) throws IOException {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
            return URI.create(source).toURL().openStream();
        }
        Path path = Path.of(source);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(source, null, "no such file");
        }
        return Files.newInputStream(path);
    }

    private static String fileName(String source) {
        String name = source.replaceAll("[?#].*$", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.endsWith(".jar") ? name : name + ".jar";
    }
}
