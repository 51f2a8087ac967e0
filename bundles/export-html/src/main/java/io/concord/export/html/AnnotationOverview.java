package io.concord.export.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/**
 * What the reports name, per annotation type: how many annotations, in how many reports, by which
 * annotators, and the names met most often. Every type the records carry is counted the same way, so a
 * type a third-party bundle brings shows up beside Concord's own without the page knowing it.
 */
final class AnnotationOverview {
    /** Concord's own types first, in this order; the others after them by name. */
    private static final List<String> KNOWN_ORDER = List.of("person", "place", "figure", "quote");
    /** Distinct names kept per type: beyond it, names already met still count, new ones are not kept. */
    private static final int MAX_NAMES = 50_000;
    private static final int SHOWN_NAMES = 8;
    private static final int NAME_LIMIT = 80;

    private final Map<String, TypeCounts> byType = new TreeMap<>(Comparator
            .comparingInt((String t) -> KNOWN_ORDER.contains(t) ? KNOWN_ORDER.indexOf(t) : KNOWN_ORDER.size())
            .thenComparing(Comparator.naturalOrder()));

    private static final class TypeCounts {
        int annotations;
        int reports;
        final Set<String> annotators = new HashSet<>();
        final Map<String, Integer> names = new HashMap<>();
    }

    static AnnotationOverview of(Iterable<DocumentRecord> documents) {
        AnnotationOverview overview = new AnnotationOverview();
        for (DocumentRecord d : documents) {
            overview.add(d);
        }
        return overview;
    }

    private void add(DocumentRecord doc) {
        Set<String> typesHere = new HashSet<>();
        for (AnnotationRecord a : doc.annotations()) {
            if (a.type() == null) {
                continue;
            }
            TypeCounts counts = byType.computeIfAbsent(a.type(), t -> new TypeCounts());
            counts.annotations++;
            if (typesHere.add(a.type())) {
                counts.reports++;
            }
            String annotator = a.string("annotator");
            if (annotator != null) {
                counts.annotators.add(annotator);
            }
            String name = nameOf(a);
            if (name != null && (counts.names.size() < MAX_NAMES || counts.names.containsKey(name))) {
                counts.names.merge(name, 1, Integer::sum);
            }
        }
    }

    /** What an annotation names: its canonical form, else its speaker (a quote), else its text. */
    private static String nameOf(AnnotationRecord a) {
        for (String attribute : List.of("canonical", "speaker")) {
            String v = a.string(attribute);
            if (v != null && !v.isBlank()) {
                return shorten(v.strip());
            }
        }
        return a.text() == null || a.text().isBlank() ? null : shorten(a.text().strip().replaceAll("\\s+", " "));
    }

    private static String shorten(String s) {
        return s.length() <= NAME_LIMIT ? s : s.substring(0, NAME_LIMIT - 1) + "…";
    }

    boolean isEmpty() {
        return byType.isEmpty();
    }

    /** The overview as a section of the page. */
    void render(StringBuilder b) {
        b.append("<section class=\"overview\" id=\"annotations\">\n<h2>What the reports name</h2>\n");
        if (byType.isEmpty()) {
            b.append("<p class=\"none\">No annotations.</p>\n</section>\n");
            return;
        }
        b.append("<table>\n<thead><tr><th>type</th><th>annotations</th><th>reports</th><th>annotators</th>"
                + "<th>named most often</th></tr></thead>\n<tbody>\n");
        byType.forEach((type, c) -> {
            b.append("<tr class=\"type-").append(Html.token(type)).append("\"><th scope=\"row\">").append(Html.escape(type))
                    .append("</th><td>").append(c.annotations).append("</td><td>").append(c.reports).append("</td><td>")
                    .append(Html.escape(String.join(", ", c.annotators.stream().sorted().toList()))).append("</td><td>");
            List<Map.Entry<String, Integer>> top = new ArrayList<>(c.names.entrySet());
            top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            String sep = "";
            for (Map.Entry<String, Integer> e : top.subList(0, Math.min(SHOWN_NAMES, top.size()))) {
                b.append(sep).append(Html.escape(e.getKey())).append(" <small>×").append(e.getValue()).append("</small>");
                sep = " · ";
            }
            b.append("</td></tr>\n");
        });
        b.append("</tbody>\n</table>\n</section>\n");
    }
}
