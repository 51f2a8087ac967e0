package io.concord.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads {@code features/*.json} in the shape of the OSGi Feature Service (Compendium R8, chapter 159):
 * a feature names a group of bundles by Maven coordinates {@code groupId:artifactId[:type[:classifier]]:version},
 * each with an optional {@code start-order}. A bundle is looked up as {@code system/artifactId-version.jar}, else in
 * {@code lib/} beside it: a library the launcher itself needs (Gson) is shipped once, there.
 */
final class Features {
    /**
     * Name of the feature extension that limits a feature to some commands: a text extension whose lines
     * are command names. A feature without it is part of every run.
     */
    static final String COMMANDS_EXTENSION = "concord.commands";

    /**
     * One bundle of a feature, with the jar it maps to; {@code commands} names the commands whose runs
     * include it (empty: all runs).
     */
    record BundleEntry(String feature, String id, Path jar, int startOrder, List<String> commands) {
        boolean includedIn(String command) {
            return commands.isEmpty() || commands.contains(command);
        }
    }

    private Features() {}

    static List<BundleEntry> read(Path featuresDir, Path systemDir, List<String> problems) throws IOException {
        List<Path> files = featureFiles(featuresDir);
        List<BundleEntry> out = new ArrayList<>();
        for (Path file : files) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                JsonObject feature = JsonParser.parseReader(r).getAsJsonObject();
                String featureId = feature.has("id") ? feature.get("id").getAsString() : file.getFileName().toString();
                JsonArray bundles = feature.has("bundles") ? feature.getAsJsonArray("bundles") : new JsonArray();
                List<String> commands = commands(feature);
                for (JsonElement e : bundles) {
                    JsonObject b = e.getAsJsonObject();
                    String id = b.get("id").getAsString();
                    int order = b.has("start-order") ? b.get("start-order").getAsInt() : 50;
                    out.add(new BundleEntry(featureId, id, jar(systemDir, jarName(id)), order, commands));
                }
            } catch (JsonParseException | IllegalStateException | NullPointerException | IllegalArgumentException e) {
                problems.add("feature file " + file + " is not a valid feature: " + e.getMessage());
            }
        }
        return out;
    }

    private static Path jar(Path systemDir, String name) {
        Path jar = systemDir.resolve(name);
        Path shared = systemDir.resolveSibling("lib").resolve(name);
        return Files.exists(jar) || !Files.exists(shared) ? jar : shared;
    }

    /**
     * Commands that have features of their own, with their summaries: a line of the extension may read
     * {@code name: summary}; without a summary, the feature's description stands for it.
     */
    static Map<String, String> commandFeatures(Path featuresDir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path file : featureFiles(featuresDir)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                JsonObject feature = JsonParser.parseReader(r).getAsJsonObject();
                String description = feature.has("description") ? feature.get("description").getAsString() : "";
                for (String line : commandLines(feature)) {
                    int colon = line.indexOf(':');
                    out.putIfAbsent(colon < 0 ? line : line.substring(0, colon).trim(),
                            colon < 0 ? description : line.substring(colon + 1).trim());
                }
            } catch (JsonParseException | IllegalStateException e) {
                // read() reports invalid feature files
            }
        }
        return out;
    }

    private static List<Path> featureFiles(Path featuresDir) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(featuresDir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(featuresDir, "*.json")) {
                ds.forEach(files::add);
            }
        }
        files.sort(null);
        return files;
    }

    /** The command names of the feature's {@value #COMMANDS_EXTENSION} text extension, or none. */
    private static List<String> commands(JsonObject feature) {
        return commandLines(feature).stream().map(l -> l.contains(":") ? l.substring(0, l.indexOf(':')).trim() : l).toList();
    }

    private static List<String> commandLines(JsonObject feature) {
        if (!feature.has("extensions") || !feature.getAsJsonObject("extensions").has(COMMANDS_EXTENSION)) {
            return List.of();
        }
        JsonElement text = feature.getAsJsonObject("extensions").getAsJsonObject(COMMANDS_EXTENSION).get("text");
        List<String> out = new ArrayList<>();
        if (text != null && text.isJsonArray()) {
            text.getAsJsonArray().forEach(t -> out.add(t.getAsString().trim()));
        } else if (text != null) {
            for (String line : text.getAsString().split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.trim());
                }
            }
        }
        return List.copyOf(out);
    }

    /** {@code g:a:v} or {@code g:a:type:classifier:v} to the file name Maven's copy gives it. */
    static String jarName(String id) {
        String[] p = id.split(":");
        if (p.length < 3) {
            throw new IllegalArgumentException("bundle id '" + id + "' is not groupId:artifactId:version");
        }
        String artifact = p[1];
        String version = p[p.length - 1];
        String classifier = p.length == 5 ? "-" + p[3] : "";
        return artifact + "-" + version + classifier + ".jar";
    }
}
