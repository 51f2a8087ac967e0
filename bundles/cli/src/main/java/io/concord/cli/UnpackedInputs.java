package io.concord.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Inputs that hold several documents, or none on disk: JSON Lines ({@code {"id": ..., "text": ...}} per
 * line), zip archives and standard input ({@code -}). Each is unpacked into a temporary folder of plain
 * files, one per document, written as it is read (a large file never sits in memory), so the rest of the
 * batch reads them like any other file. The folder is removed when the run ends.
 */
final class UnpackedInputs implements AutoCloseable {
    /** A document file in the temporary folder and what the user would call it. */
    record Unpacked(Path file, String source) {}

    /** A line of JSON Lines that holds no document, with the reason. */
    record BadLine(String source, String reason) {}

    private final long maxBytes;
    /** The encoding the batch reads documents in: a JSON Lines text is written in it to be read back. */
    private final java.nio.charset.Charset charset;
    private Path dir;

    UnpackedInputs(long maxBytes, java.nio.charset.Charset charset) {
        this.maxBytes = maxBytes;
        this.charset = charset;
    }

    static boolean isJsonLines(Path input) {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    static boolean isZip(Path input) {
        return input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    static boolean isStandardInput(Path input) {
        return input.toString().equals("-");
    }

    /** Standard input as one document, {@code stdin.txt}. */
    List<Unpacked> standardInput(InputStream in) throws IOException {
        Path target = folder("stdin").resolve("stdin.txt");
        Files.copy(in, target);
        return List.of(new Unpacked(target, "stdin"));
    }

    /**
     * The documents of a JSON Lines file: each line an object with {@code text} and, optionally, {@code id}
     * (else the file's name and the line number). Lines that hold no document go to {@code bad}.
     */
    List<Unpacked> jsonLines(Path input, List<BadLine> bad) throws IOException {
        Path folder = folder(stem(input));
        String name = input.getFileName().toString();
        Map<String, Unpacked> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String source = name + ":" + number;
                JsonObject o;
                try {
                    JsonElement e = JsonParser.parseString(line);
                    o = e.isJsonObject() ? e.getAsJsonObject() : null;
                } catch (RuntimeException e) {
                    o = null;
                }
                if (o == null || !o.has("text") || !o.get("text").isJsonPrimitive()) {
                    bad.add(new BadLine(source, "line " + number + " is not a JSON object with a \"text\" string"));
                    continue;
                }
                String text = o.get("text").getAsString();
                if (text.length() > maxBytes) {
                    bad.add(new BadLine(source, "line " + number + " is too large: its text is over the --max-size limit"));
                    continue;
                }
                String id = o.has("id") && o.get("id").isJsonPrimitive() ? safe(o.get("id").getAsString()) : "";
                if (id.isEmpty() || out.containsKey(id)) {
                    id = stem(input) + "-" + number;
                }
                Path file = folder.resolve(id + ".txt");
                try {
                    Files.writeString(file, text, charset);
                } catch (java.nio.charset.CharacterCodingException e) {
                    bad.add(new BadLine(source, "line " + number + ": its text cannot be read in --encoding " + charset.name()));
                    continue;
                }
                out.put(id, new Unpacked(file, source));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The documents of a zip archive whose names {@code include} matches, in their folders; the other
     * entries' names go to {@code skipped}. Entries that would land outside the folder are refused.
     */
    List<Unpacked> zip(Path input, List<PathMatcher> include, List<String> skipped) throws IOException {
        Path folder = folder(stem(input));
        List<Unpacked> out = new java.util.ArrayList<>();
        try (ZipFile zip = new ZipFile(input.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = zip.stream().filter(e -> !e.isDirectory())
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry entry : entries) {
                String name = entry.getName().replace('\\', '/');
                Path target = folder.resolve(name).normalize();
                Path fileName = Path.of(name).getFileName();
                if (!target.startsWith(folder) || fileName == null || fileName.toString().startsWith(".")) {
                    skipped.add(input.getFileName() + "!" + name);
                    continue;
                }
                if (include.stream().noneMatch(m -> m.matches(fileName))) {
                    skipped.add(input.getFileName() + "!" + name);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    // at most one byte over the limit is copied, so a zip bomb stops early; the reader refuses it
                    Files.write(target, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
                }
                out.add(new Unpacked(target, input.getFileName() + "/" + name));
            }
        }
        return out;
    }

    private Path folder(String name) throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("concord-inputs-");
        }
        Set<String> used = new HashSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> used.add(p.getFileName().toString()));
        }
        String unique = name;
        for (int n = 2; used.contains(unique); n++) {
            unique = name + "-" + n;
        }
        return Files.createDirectories(dir.resolve(unique));
    }

    /** An id usable as a file name: letters, digits and {@code ._-} kept, the rest replaced. */
    private static String safe(String id) {
        String s = id.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return s.length() > 120 ? s.substring(0, 120) : s.replaceAll("^[._]+", "");
    }

    private static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public void close() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
