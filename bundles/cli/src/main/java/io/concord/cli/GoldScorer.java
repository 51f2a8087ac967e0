package io.concord.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Annotations scored against gold in the exchange format, figure for figure as {@code seeds/gold/score.py
 * annotations} scores them (GUIDELINES.md): per type, strict (same span) and lenient (overlapping span)
 * precision, recall and F1 with a one-to-one matching, largest overlap first, and the accuracy of each
 * attribute on the matched pairs; optional gold annotations count neither way.
 */
final class GoldScorer {
    static final List<String> TYPES = List.of("person", "place", "figure", "quote");
    static final Map<String, List<String>> ATTRIBUTES = Map.of(
            "person", List.of("canonical"),
            "place", List.of("canonical", "kind"),
            "figure", List.of("kind", "value", "unit", "qualifier"),
            "quote", List.of("speaker"));

    /** One way of matching for one type: counts, and each attribute's accuracy (null when never checked). */
    record Counts(int tp, int fp, int fn, Map<String, Double> attributes) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record TypeScore(int gold, int predicted, Counts strict, Counts lenient) {}

    record Result(int documents, List<String> missingDocuments, Map<String, TypeScore> types) {}

    private GoldScorer() {}

    /**
     * Scores the {@code <id>.json} files of {@code predictions} against those of {@code gold}; {@code keep}
     * selects the predicted annotations that count (all of them, or one annotator's).
     */
    static Result score(Path gold, Path predictions, java.util.function.Predicate<JsonObject> keep) throws IOException {
        Map<String, List<JsonObject>> g = load(gold, a -> true);
        Map<String, List<JsonObject>> p = load(predictions, keep);
        List<String> missing = g.keySet().stream().filter(id -> !p.containsKey(id)).sorted().toList();
        // the four of GUIDELINES.md, then any other type the gold holds (a contributor's own, such as organisation)
        Set<String> typeNames = new java.util.LinkedHashSet<>(TYPES);
        g.values().forEach(list -> list.forEach(a -> {
            if (a.has("type")) {
                typeNames.add(a.get("type").getAsString());
            }
        }));
        Map<String, TypeScore> types = new LinkedHashMap<>();
        for (String type : typeNames) {
            int goldCount = 0;
            int predCount = 0;
            Counts[] modes = new Counts[2];
            for (int m = 0; m < 2; m++) {
                boolean strict = m == 0;
                int tp = 0;
                int fp = 0;
                int fn = 0;
                Map<String, int[]> hits = new LinkedHashMap<>();
                ATTRIBUTES.getOrDefault(type, List.of()).forEach(a -> hits.put(a, new int[2]));
                for (Map.Entry<String, List<JsonObject>> doc : g.entrySet()) {
                    List<JsonObject> gs = ofType(doc.getValue(), type);
                    List<JsonObject> ps = ofType(p.getOrDefault(doc.getKey(), List.of()), type);
                    Set<Integer> matchedG = new HashSet<>();
                    Set<Integer> matchedP = new HashSet<>();
                    for (int[] pair : match(gs, ps, strict)) {
                        matchedG.add(pair[0]);
                        matchedP.add(pair[1]);
                        JsonObject ga = gs.get(pair[0]);
                        if (optional(ga)) {
                            continue;
                        }
                        tp++;
                        for (String a : ATTRIBUTES.getOrDefault(type, List.of())) {
                            if (ga.has(a)) {
                                hits.get(a)[1]++;
                                hits.get(a)[0] += attributeAgrees(a, ps.get(pair[1]).get(a), ga.get(a)) ? 1 : 0;
                            }
                        }
                    }
                    for (int i = 0; i < gs.size(); i++) {
                        if (!matchedG.contains(i) && !optional(gs.get(i))) {
                            fn++;
                        }
                    }
                    fp += ps.size() - matchedP.size();
                    if (strict) {
                        goldCount += (int) gs.stream().filter(a -> !optional(a)).count();
                        predCount += ps.size();
                    }
                }
                Map<String, Double> accuracy = new LinkedHashMap<>();
                hits.forEach((a, h) -> accuracy.put(a, h[1] == 0 ? null : (double) h[0] / h[1]));
                modes[m] = new Counts(tp, fp, fn, accuracy);
            }
            types.put(type, new TypeScore(goldCount, predCount, modes[0], modes[1]));
        }
        return new Result(g.size(), missing, types);
    }

    private static boolean optional(JsonObject a) {
        return a.has("optional") && a.get("optional").isJsonPrimitive() && a.get("optional").getAsBoolean();
    }

    private static List<JsonObject> ofType(List<JsonObject> annotations, String type) {
        return annotations.stream().filter(a -> a.has("type") && type.equals(a.get("type").getAsString())).toList();
    }

    /** Each folder's annotation files by document id (the file's {@code document.id}, else its name). */
    private static Map<String, List<JsonObject>> load(Path folder, java.util.function.Predicate<JsonObject> keep)
            throws IOException {
        Map<String, List<JsonObject>> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.equals("conflicts.json") || name.equals("run.json")) {
                continue;
            }
            JsonObject root;
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                root = JsonParser.parseReader(r).getAsJsonObject();
            } catch (RuntimeException e) {
                throw new IOException(f + " is not a JSON object: " + e.getMessage(), e);
            }
            String id = name.substring(0, name.length() - ".json".length());
            if (root.has("document") && root.get("document").isJsonObject()
                    && root.getAsJsonObject("document").has("id")) {
                id = root.getAsJsonObject("document").get("id").getAsString();
            }
            List<JsonObject> annotations = new ArrayList<>();
            if (root.has("annotations") && root.get("annotations").isJsonArray()) {
                for (JsonElement e : root.getAsJsonArray("annotations")) {
                    if (e.isJsonObject() && keep.test(e.getAsJsonObject())) {
                        annotations.add(e.getAsJsonObject());
                    }
                }
            }
            out.put(id, annotations);
        }
        return out;
    }

    /** One-to-one pairs {gold, predicted}, the largest overlap first (ties as score.py breaks them). */
    static List<int[]> match(List<JsonObject> gold, List<JsonObject> predicted, boolean strict) {
        List<int[]> candidates = new ArrayList<>(); // {overlap, gi, pi}
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int pi = 0; pi < predicted.size(); pi++) {
                int gb = gold.get(gi).get("begin").getAsInt();
                int ge = gold.get(gi).get("end").getAsInt();
                int pb = predicted.get(pi).get("begin").getAsInt();
                int pe = predicted.get(pi).get("end").getAsInt();
                if (strict) {
                    if (gb == pb && ge == pe) {
                        candidates.add(new int[] {1 << 30, gi, pi});
                    }
                } else if (Math.min(ge, pe) - Math.max(gb, pb) > 0) {
                    candidates.add(new int[] {Math.min(ge, pe) - Math.max(gb, pb), gi, pi});
                }
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1])
                .thenComparingInt(c -> c[2]).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int[] c : candidates) {
            if (usedG.contains(c[1]) || usedP.contains(c[2])) {
                continue;
            }
            usedG.add(c[1]);
            usedP.add(c[2]);
            pairs.add(new int[] {c[1], c[2]});
        }
        return pairs;
    }

    /** Whether a predicted attribute agrees with the gold one, as score.py's attr_ok decides. */
    static boolean attributeAgrees(String attribute, JsonElement predicted, JsonElement gold) {
        String p = string(predicted);
        String g = string(gold);
        return switch (attribute) {
            case "canonical", "speaker" -> sameName(p, g);
            case "value" -> sameValue(predicted, gold);
            case "unit" -> java.util.Objects.equals(emptyAsNull(p), emptyAsNull(g));
            case "qualifier" -> (emptyAsNull(p) == null ? "exact" : p).equals(emptyAsNull(g) == null ? "exact" : g);
            default -> java.util.Objects.equals(norm(p), norm(g));
        };
    }

    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String string(JsonElement e) {
        return e == null || e.isJsonNull() ? null : e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    /** Lower case, accents and full stops gone, one space between words. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        d = d.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT).replace('.', ' ');
        return String.join(" ", d.trim().split("\\s+")).trim();
    }

    /** Names agree when equal after {@link #norm}, or when their last words (the surnames) agree. */
    static boolean sameName(String p, String g) {
        String a = norm(p);
        String b = norm(g);
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a.equals(b)) {
            return true;
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        return !a.isEmpty() && !b.isEmpty() && x[x.length - 1].equals(y[y.length - 1]);
    }

    /** A numeric gold value is met within 0.2% (or 0.001); any other gold value by the same text. */
    static boolean sameValue(JsonElement predicted, JsonElement gold) {
        if (gold != null && gold.isJsonPrimitive() && gold.getAsJsonPrimitive().isNumber()) {
            double p;
            try {
                p = Double.parseDouble(string(predicted));
            } catch (NullPointerException | NumberFormatException e) {
                return false;
            }
            double g = gold.getAsDouble();
            return Math.abs(p - g) <= Math.max(2e-3 * Math.max(Math.abs(p), Math.abs(g)), 1e-3);
        }
        return java.util.Objects.equals(string(predicted), string(gold));
    }
}
