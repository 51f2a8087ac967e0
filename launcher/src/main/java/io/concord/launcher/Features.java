package io.concord.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads {@code features/*.json} in the shape of the OSGi Feature Service (Compendium R8, chapter 159):
 * a feature names a group of bundles by Maven coordinates {@code groupId:artifactId[:type[:classifier]]:version},
 * each with an optional {@code start-order}. A bundle is looked up as {@code system/artifactId-version.jar}.
 */
final class Features {
    /** One bundle of a feature, with the jar it maps to. */
    record BundleEntry(String feature, String id, Path jar, int startOrder) {}

    private Features() {}

    static List<BundleEntry> read(Path featuresDir, Path systemDir, List<String> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(featuresDir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(featuresDir, "*.json")) {
                ds.forEach(files::add);
            }
        }
        files.sort(null);
        List<BundleEntry> out = new ArrayList<>();
        for (Path file : files) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                JsonObject feature = JsonParser.parseReader(r).getAsJsonObject();
                String featureId = feature.has("id") ? feature.get("id").getAsString() : file.getFileName().toString();
                JsonArray bundles = feature.has("bundles") ? feature.getAsJsonArray("bundles") : new JsonArray();
                for (JsonElement e : bundles) {
                    JsonObject b = e.getAsJsonObject();
                    String id = b.get("id").getAsString();
                    int order = b.has("start-order") ? b.get("start-order").getAsInt() : 50;
                    out.add(new BundleEntry(featureId, id, systemDir.resolve(jarName(id)), order));
                }
            } catch (JsonParseException | IllegalStateException | NullPointerException | IllegalArgumentException e) {
                problems.add("feature file " + file + " is not a valid feature: " + e.getMessage());
            }
        }
        return out;
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
