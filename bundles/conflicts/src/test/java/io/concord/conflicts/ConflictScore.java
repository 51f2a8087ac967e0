package io.concord.conflicts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The conflict scoring of shared/gold/score.py: precision and recall over pairwise disagreements. */
final class ConflictScore {
    record Claim(String document, int begin, int end, String version) {}

    record Pair(String kind, Claim a, Claim b) {}

    record Result(int gold, int predicted, int found, double precision, double recall, List<String> flaggedConsistent) {
        @Override
        public String toString() {
            return String.format("gold=%d pred=%d found=%d P=%.3f R=%.3f consistent-flagged=%s", gold, predicted, found,
                    precision, recall, flaggedConsistent);
        }
    }

    private ConflictScore() {}

    static Result score(Path goldFile, Path predFile, boolean withKind) throws IOException {
        JsonObject gold = read(goldFile);
        JsonObject pred = read(predFile);
        List<Pair> gd = disagreements(gold.getAsJsonArray("conflicts"), withKind);
        List<Pair> gdOpt = disagreements(gold.getAsJsonArray("optional"), withKind);
        List<Pair> pd = disagreements(pred.getAsJsonArray("conflicts"), withKind);
        int found = (int) gd.stream().filter(g -> pd.stream().anyMatch(p -> hit(p, g))).count();
        List<Pair> useful = pd.stream().filter(p -> gd.stream().anyMatch(g -> hit(p, g))).toList();
        List<Pair> neutral = pd.stream().filter(p -> !useful.contains(p) && gdOpt.stream().anyMatch(g -> hit(p, g)))
                .toList();
        List<String> flagged = new ArrayList<>();
        for (JsonElement c : gold.getAsJsonArray("consistent")) {
            List<Claim> cl = claims(c.getAsJsonObject());
            for (Pair p : pd) {
                if (cl.stream().anyMatch(x -> claimHit(p.a(), x)) && cl.stream().anyMatch(x -> claimHit(p.b(), x))) {
                    flagged.add(c.getAsJsonObject().get("summary").getAsString());
                    break;
                }
            }
        }
        int fp = pd.size() - useful.size() - neutral.size();
        double precision = useful.size() + fp == 0 ? 0 : (double) useful.size() / (useful.size() + fp);
        double recall = gd.isEmpty() ? 0 : (double) found / gd.size();
        return new Result(gd.size(), pd.size(), found, precision, recall, flagged);
    }

    private static JsonObject read(Path p) throws IOException {
        return JsonParser.parseString(Files.readString(p, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static List<Claim> claims(JsonObject conflict) {
        List<Claim> out = new ArrayList<>();
        for (JsonElement e : conflict.getAsJsonArray("claims")) {
            JsonObject o = e.getAsJsonObject();
            out.add(new Claim(o.get("document").getAsString(), o.get("begin").getAsInt(), o.get("end").getAsInt(),
                    o.has("version") && !o.get("version").isJsonNull() ? o.get("version").getAsString() : null));
        }
        return out;
    }

    private static List<Pair> disagreements(JsonArray conflicts, boolean withKind) {
        List<Pair> out = new ArrayList<>();
        if (conflicts == null) {
            return out;
        }
        for (JsonElement e : conflicts) {
            JsonObject c = e.getAsJsonObject();
            List<Claim> cl = claims(c);
            for (int i = 0; i < cl.size(); i++) {
                for (int j = i + 1; j < cl.size(); j++) {
                    Claim a = cl.get(i);
                    Claim b = cl.get(j);
                    if (a.document().equals(b.document())) {
                        continue;
                    }
                    if (a.version() != null && Objects.equals(a.version(), b.version())) {
                        continue;
                    }
                    out.add(new Pair(withKind ? c.get("kind").getAsString() : null, a, b));
                }
            }
        }
        return out;
    }

    private static boolean claimHit(Claim p, Claim g) {
        return p.document().equals(g.document()) && Math.min(p.end(), g.end()) - Math.max(p.begin(), g.begin()) > 0;
    }

    private static boolean hit(Pair p, Pair g) {
        if (!Objects.equals(p.kind(), g.kind())) {
            return false;
        }
        return (claimHit(p.a(), g.a()) && claimHit(p.b(), g.b())) || (claimHit(p.a(), g.b()) && claimHit(p.b(), g.a()));
    }
}
