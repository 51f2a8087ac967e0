package io.concord.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project template kept as resources of this bundle: {@code files.txt} in its folder names each template and
 * the file it becomes; placeholders ({@code __NAME__}) are replaced in both. The project is written into a
 * temporary folder beside the target and moved into place at the end, so a failure leaves nothing half made.
 */
final class ProjectTemplate {
    private final String folder;

    /** @param folder the template's resource folder relative to this class, e.g. {@code annotator} */
    ProjectTemplate(String folder) {
        this.folder = folder;
    }

    /** The files of the project, by their path in it, with the placeholders replaced. */
    Map<String, String> render(Map<String, String> placeholders) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : resource("files.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            String template = replace(parts[0], placeholders);
            files.put(replace(parts[1], placeholders), replace(resource(template), placeholders));
        }
        return files;
    }

    /**
     * Writes the rendered files into {@code target}, which must not exist or be an empty folder.
     *
     * @throws IllegalStateException if {@code target} exists and is not an empty folder
     */
    static void write(Map<String, String> files, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !(Files.isDirectory(absolute) && isEmpty(absolute))) {
            throw new IllegalStateException(target + " exists and is not an empty folder");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + "-");
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = staging.resolve(f.getKey()).normalize();
                if (!file.startsWith(staging)) {
                    throw new IllegalStateException("a template file lies outside the project: " + f.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
            Files.deleteIfExists(absolute);
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(staging);
        }
    }

    static String replace(String text, Map<String, String> placeholders) {
        String out = text;
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            out = out.replace(p.getKey(), p.getValue());
        }
        return out;
    }

    private String resource(String name) throws IOException {
        try (InputStream in = ProjectTemplate.class.getResourceAsStream(folder + "/" + name)) {
            if (in == null) {
                throw new IOException("the template " + folder + "/" + name + " is missing from the SDK bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
