package io.concord.conflicts.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.conflicts.claims.Versions;
import io.concord.conflicts.figures.FigureRule.Item;

/**
 * A cluster of figures that state one quantity, told as the report reads it: versions that disagree (with the
 * relative gap and the values in base units), or the same figure written in other forms.
 */
final class FigureConflicts {
    private FigureConflicts() {}

    /** Splits a cluster into versions that agree; a conflict when there are two or more. */
    static Conflict compare(List<Item> cluster, boolean flagQualifierDifferences) {
        // figures compatible with every other one disagree with nobody: they do not define a version
        List<Item> sorted = new ArrayList<>(cluster);
        sorted.sort(Comparator.comparingDouble((Item i) -> i.quantity().width()));
        Versions.Partition<Item> partition = Versions.partition(sorted,
                (x, y) -> x.quantity().agrees(y.quantity()) || ConvertedFigures.agree(x, y), Item::quantity);
        List<List<Item>> versions = new ArrayList<>(partition.versions());
        List<Item> neutral = partition.neutral();
        String measured = measured(cluster);
        if (versions.size() < 2) {
            return consistent(cluster, measured, flagQualifierDifferences);
        }
        double gap = 0;
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                gap = Math.max(gap, versions.get(i).get(0).quantity().gap(versions.get(j).get(0).quantity()));
            }
        }
        versions.sort(Comparator.comparingInt((List<Item> v) -> v.size()).reversed());
        List<List<Claim>> groups = new ArrayList<>();
        StringBuilder summary = new StringBuilder("Figures differ");
        summary.append(measured.isEmpty() ? "" : " for " + measured).append(": ");
        for (int i = 0; i < versions.size(); i++) {
            List<Claim> g = versions.get(i).stream().map(FigureConflicts::claim).toList();
            groups.add(g);
            summary.append(i > 0 ? " vs " : "").append('“').append(phrase(versions.get(i).get(0))).append("” (")
                    .append(Versions.reports(g)).append(')');
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dimension", cluster.get(0).quantity().dimension());
        details.put("relativeGap", Math.round(gap * 1000) / 1000.0);
        details.put("values", values(cluster));
        if (!neutral.isEmpty()) {
            details.put("compatibleWithAll", neutral.stream().map(i -> i.view().id() + ": " + phrase(i)).toList());
        }
        String severity = gap > 0.2 ? "high" : gap > 0.05 ? "medium" : "low";
        return new Conflict("figure", summary.toString(), severity, false, Versions.label(groups), details);
    }

    private static Conflict consistent(List<Item> cluster, String measured, boolean flagQualifierDifferences) {
        Set<String> forms = new HashSet<>();
        Set<String> qualifiers = new HashSet<>();
        for (Item it : cluster) {
            forms.add(it.figure().text().toLowerCase(Locale.ROOT).strip() + "|" + it.quantity().qualifier());
            qualifiers.add(it.quantity().qualifier());
        }
        if (forms.size() < 2) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dimension", cluster.get(0).quantity().dimension());
        details.put("values", values(cluster));
        String listed = String.join(" = ", cluster.stream().map(i -> "“" + phrase(i) + "”").distinct().toList());
        String about = measured.isEmpty() ? "" : " for " + measured;
        if (flagQualifierDifferences && qualifiers.size() > 1) {
            List<List<Claim>> groups = new ArrayList<>();
            for (String q : qualifiers) {
                groups.add(cluster.stream().filter(i -> i.quantity().qualifier().equals(q)).map(FigureConflicts::claim).toList());
            }
            return new Conflict("figure", "Hedges differ" + about + ": " + listed, "low", false,
                    Versions.label(groups), details);
        }
        return new Conflict("figure", "Same figure" + about + ": " + listed, "low", true,
                cluster.stream().map(FigureConflicts::claim).toList(), details);
    }

    private static Claim claim(Item it) {
        AnnotationRecord a = it.figure();
        return new Claim(it.view().id(), a.begin(), a.end(), a.text(), null);
    }

    /** The figure as a reader would quote it: its hedge (as the annotator found it), the figure, and the two words after it. */
    static String phrase(Item it) {
        String text = it.view().text();
        AnnotationRecord a = it.figure();
        StringBuilder b = new StringBuilder();
        String hedge = a.string("hedge");
        if (hedge != null && !hedge.isBlank()) {
            b.append(hedge).append(' ');
        }
        b.append(a.text());
        int stop = a.end();
        int words = 0;
        while (stop < text.length()) {
            char c = text.charAt(stop);
            if (",.;:!?()\n“”\"".indexOf(c) >= 0 || (c == ' ' && stop > a.end() && ++words >= 3)) {
                break;
            }
            stop++;
        }
        return (b + text.substring(a.end(), stop)).strip();
    }

    /** What the figures measure, when an annotator said so. */
    private static String measured(List<Item> cluster) {
        for (Item it : cluster) {
            String m = it.figure().string("measured");
            if (m != null && !m.isBlank()) {
                return m;
            }
        }
        return "";
    }

    private static List<String> values(List<Item> cluster) {
        List<String> out = new ArrayList<>();
        for (Item it : cluster) {
            Quantity q = it.quantity();
            out.add(it.view().id() + ": " + it.figure().text() + " -> " + fmt(q.value()) + " " + baseUnit(q.dimension())
                    + " [" + fmt(q.low()) + ", " + fmt(q.high()) + "]");
        }
        return out;
    }

    private static String baseUnit(String dimension) {
        return switch (dimension) {
            case "area" -> "km2";
            case "length" -> "km";
            case "mass" -> "kg";
            case "time" -> "h";
            case "percent" -> "%";
            default -> dimension.startsWith("money:") ? dimension.substring(6) : "";
        };
    }

    private static String fmt(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
