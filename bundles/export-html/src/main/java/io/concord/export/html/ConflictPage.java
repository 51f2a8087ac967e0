package io.concord.export.html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.concord.api.model.AnnotatedCollection;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport.StoryInfo;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.text.ClaimContext;
import io.concord.api.text.DocumentTitle;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TextSegmenter;

/**
 * The conflict report of a collection as one page: per story, each disagreement with the sentence of
 * every side (the claim marked, the words that differ from the other version highlighted), then the
 * statements that look different but agree; last, what the reports name, per annotation type (any type
 * the records carry, a third-party one too). Inline CSS, no scripts, no external assets; the markup is
 * also well-formed XML.
 */
final class ConflictPage {
    private static final int CONTEXT_LIMIT = 320;
    private static final String OTHER_STORY = "";

    private ConflictPage() {}

    /** The page as one string (for tests and small reports); {@link #render(AnnotatedCollection, TextSegmenter, Writer)} streams it. */
    static String render(AnnotatedCollection collection, TextSegmenter segmenter) {
        StringWriter out = new StringWriter();
        try {
            render(collection, segmenter, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the page to {@code out} story by story, so that a report of thousands of conflicts never stands in
     * memory whole; {@code segmenter} (null if none is installed) gives the sentences claims are shown in.
     */
    static void render(AnnotatedCollection collection, TextSegmenter segmenter, Writer out) throws IOException {
        Contexts contexts = new Contexts(segmenter);
        Map<String, DocumentRecord> docs = new HashMap<>();
        for (DocumentRecord d : collection.documents()) {
            docs.put(d.id(), d);
        }
        ConflictReport report = collection.conflicts() == null ? ConflictReport.empty() : collection.conflicts();
        List<StoryInfo> stories = new ArrayList<>(report.stories());
        Map<String, List<Conflict>> conflicts = byStory(report.conflicts(), stories);
        Map<String, List<Conflict>> consistent = byStory(report.consistent(), stories);
        if (conflicts.containsKey(OTHER_STORY) || consistent.containsKey(OTHER_STORY)) {
            stories.add(new StoryInfo(OTHER_STORY, "Other statements", List.of()));
        }

        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Concord: where the reports disagree</title>\n<style>").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<header class=\"page\">\n<h1>Where the reports disagree</h1>\n<p>")
                .append(collection.documents().size()).append(" documents · ").append(report.stories().size())
                .append(" stories · <strong>").append(report.conflicts().size()).append(" disagreements</strong> · ")
                .append(report.consistent().size()).append(" statements that look different but agree · ")
                .append("<a href=\"#annotations\">what the reports name</a></p>\n")
                .append("<p class=\"legend\"><mark>marked</mark> the statement · <span class=\"changed\">highlighted</span>"
                        + " words the other version does not have</p>\n</header>\n<main>\n");
        int number = 0;
        List<StoryInfo> quiet = new ArrayList<>();
        for (StoryInfo story : stories) {
            List<Conflict> cs = conflicts.getOrDefault(story.id(), List.of());
            List<Conflict> ok = consistent.getOrDefault(story.id(), List.of());
            if (cs.isEmpty() && ok.isEmpty()) {
                quiet.add(story);
                continue;
            }
            b.append("<section class=\"story\" id=\"").append(Html.escape(anchor(story))).append("\">\n<h2>")
                    .append(Html.escape(story.label())).append("</h2>\n");
            if (!story.documents().isEmpty()) {
                b.append("<p class=\"docs\">").append(story.documents().size()).append(" reports: ")
                        .append(Html.escape(String.join("; ", story.documents().stream().map(d -> named(d, docs)).toList())))
                        .append("</p>\n");
            }
            if (cs.isEmpty()) {
                b.append("<p class=\"none\">No disagreements found.</p>\n");
            }
            for (Conflict c : cs) {
                conflict(b, c, docs, ++number, contexts);
            }
            if (!ok.isEmpty()) {
                b.append("<details class=\"agree\">\n<summary>").append(ok.size())
                        .append(ok.size() == 1 ? " statement looks different but agrees"
                                : " statements look different but agree").append("</summary>\n<ul>\n");
                for (Conflict c : ok) {
                    agreement(b, c, docs, contexts);
                }
                b.append("</ul>\n</details>\n");
            }
            b.append("</section>\n");
            out.append(b);
            b.setLength(0);
            contexts.forget(); // the next story's claims are in other documents
        }
        if (!quiet.isEmpty()) {
            b.append("<details class=\"quiet\">\n<summary>").append(quiet.size())
                    .append(quiet.size() == 1 ? " story" : " stories").append(" without findings</summary>\n<ul>\n");
            for (StoryInfo s : quiet) {
                b.append("<li>").append(Html.escape(s.label())).append(" <small>(")
                        .append(Html.escape(String.join(", ", s.documents()))).append(")</small></li>\n");
            }
            b.append("</ul>\n</details>\n");
        }
        AnnotationOverview.of(collection.documents()).render(b);
        b.append("</main>\n</body>\n</html>\n");
        out.append(b);
    }

    /** Conflicts per story id: the story the detector recorded, else the story holding its documents. */
    private static Map<String, List<Conflict>> byStory(List<Conflict> conflicts, List<StoryInfo> stories) {
        Map<String, String> storyOfDoc = new HashMap<>();
        Map<String, StoryInfo> byId = new HashMap<>();
        for (StoryInfo s : stories) {
            byId.put(s.id(), s);
            s.documents().forEach(d -> storyOfDoc.put(d, s.id()));
        }
        Map<String, List<Conflict>> out = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            Object recorded = c.details().get("story");
            String id = recorded instanceof String s && byId.containsKey(s) ? s
                    : c.claims().isEmpty() ? null : storyOfDoc.get(c.claims().get(0).document());
            out.computeIfAbsent(id == null ? OTHER_STORY : id, k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    private static String anchor(StoryInfo s) {
        return s.id().isEmpty() ? "other" : "story-" + Html.token(s.id());
    }

    private static void conflict(StringBuilder b, Conflict c, Map<String, DocumentRecord> docs, int number,
                                 Contexts contexts) {
        String severity = Html.token(c.severity() == null ? "medium" : c.severity());
        b.append("<article class=\"conflict sev-").append(severity).append("\" id=\"conflict-").append(number)
                .append("\">\n<header><span class=\"badge kind\">").append(Html.escape(c.kind()))
                .append("</span> <span class=\"badge sev\">").append(Html.escape(severity)).append("</span>\n<h3>")
                .append(Html.escape(c.summary())).append("</h3></header>\n<div class=\"versions\">\n");
        Map<String, List<Claim>> versions = new LinkedHashMap<>();
        for (Claim cl : c.claims()) {
            versions.computeIfAbsent(cl.version() == null ? "?" : cl.version(), k -> new ArrayList<>()).add(cl);
        }
        List<String> labels = new ArrayList<>(versions.keySet());
        Map<String, String> representative = new HashMap<>();
        versions.forEach((v, claims) -> representative.put(v, longest(claims)));
        for (String v : labels) {
            // each version is compared with the first one; the first with the second
            String other = labels.size() < 2 ? null
                    : representative.get(labels.get(v.equals(labels.get(0)) ? 1 : 0));
            List<Claim> claims = versions.get(v);
            long reports = claims.stream().map(Claim::document).distinct().count();
            b.append("<section class=\"version\">\n<h4>Version ").append(Html.escape(v)).append(" <small>")
                    .append(reports).append(reports == 1 ? " report" : " reports").append("</small></h4>\n");
            for (Claim cl : claims) {
                b.append("<figure class=\"claim\"><blockquote>");
                context(b, cl, docs.get(cl.document()), other, contexts);
                b.append("</blockquote><figcaption>").append(Html.escape(named(cl.document(), docs))).append("</figcaption></figure>\n");
            }
            b.append("</section>\n");
        }
        b.append("</div>\n");
        details(b, c);
        b.append("</article>\n");
    }

    private static void agreement(StringBuilder b, Conflict c, Map<String, DocumentRecord> docs, Contexts contexts) {
        b.append("<li><p class=\"summary\"><span class=\"badge kind\">").append(Html.escape(c.kind())).append("</span> ")
                .append(Html.escape(c.summary())).append("</p>\n<ul class=\"claims\">\n");
        for (Claim cl : c.claims()) {
            b.append("<li>");
            context(b, cl, docs.get(cl.document()), null, contexts);
            b.append(" <cite>").append(Html.escape(named(cl.document(), docs))).append("</cite></li>\n");
        }
        b.append("</ul></li>\n");
    }

    /** Evidence the rule gave, except bookkeeping and the diff (which the highlighting shows). */
    private static void details(StringBuilder b, Conflict c) {
        List<Map.Entry<String, Object>> shown = new ArrayList<>();
        for (Map.Entry<String, Object> e : new java.util.TreeMap<>(c.details()).entrySet()) {
            if (!List.of("story", "rule", "diff", "diffs").contains(e.getKey())) {
                shown.add(e);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        b.append("<dl class=\"details\">");
        for (Map.Entry<String, Object> e : shown) {
            Object v = e.getValue();
            String text = v instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList())
                    : String.valueOf(v);
            b.append("<dt>").append(Html.escape(e.getKey())).append("</dt><dd>").append(Html.escape(text)).append("</dd>");
        }
        b.append("</dl>\n");
    }

    /**
     * The sentence around a claim, the claim in {@code <mark>}; inside it, the words that {@code other}
     * lacks are highlighted. Without the document, the claim's own text.
     */
    static void context(StringBuilder b, Claim cl, DocumentRecord doc, String other, Contexts contexts) {
        String text = doc == null ? null : doc.text();
        Segmentation segmentation = text == null ? null : contexts.of(doc);
        if (segmentation == null || cl.begin() < 0 || cl.end() > text.length() || cl.begin() > cl.end()
                || !Objects.equals(text.substring(cl.begin(), cl.end()), cl.text())) {
            b.append("<mark>").append(contexts.highlighter().highlight(cl.text() == null ? "" : cl.text(), other)).append("</mark>");
            return;
        }
        int[] s = ClaimContext.sentence(segmentation, cl.begin(), cl.end(), CONTEXT_LIMIT);
        if (s[0] > 0 && s[0] < cl.begin() && cl.begin() - s[0] >= CONTEXT_LIMIT) {
            b.append('…');
        }
        b.append(Html.escape(text.substring(s[0], cl.begin()))).append("<mark>")
                .append(contexts.highlighter().highlight(cl.text(), other)).append("</mark>")
                .append(Html.escape(text.substring(cl.end(), s[1])));
        if (s[1] < text.length() && s[1] - cl.end() >= CONTEXT_LIMIT) {
            b.append('…');
        }
    }

    /**
     * A report as a reader knows it: its title (the headline of its text) with its id, since ids are file
     * names or hashes that say nothing; the id alone when the text has no title or is not at hand.
     */
    static String named(String id, Map<String, DocumentRecord> docs) {
        DocumentRecord d = docs.get(id);
        String title = d == null || d.text() == null ? null : DocumentTitle.of(d.text());
        return title == null ? id : "“" + title + "” (" + id + ")";
    }

    /** Each document segmented once per story, when a claim of it is shown. */
    static final class Contexts {
        private final TextSegmenter segmenter;
        private final Map<String, Segmentation> done = new HashMap<>();
        private final WordHighlighter highlighter;

        Contexts(TextSegmenter segmenter) {
            this.segmenter = segmenter;
            this.highlighter = new WordHighlighter(segmenter);
        }

        WordHighlighter highlighter() {
            return highlighter;
        }

        Segmentation of(DocumentRecord doc) {
            return done.computeIfAbsent(doc.id(), id -> Segmentation.of(doc, segmenter));
        }

        void forget() {
            done.clear();
        }
    }

    private static String longest(List<Claim> claims) {
        String best = "";
        for (Claim c : claims) {
            if (c.text() != null && c.text().length() > best.length()) {
                best = c.text();
            }
        }
        return best;
    }

    private static final String CSS = """
            :root{--ink:#1d2430;--muted:#5b6472;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--high:#c0392b;\
            --medium:#d68910;--low:#2e86c1;--mark:#fff3b0;--changed:#f8c9c4}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.5 Georgia,'Times New Roman',serif;color:var(--ink);background:var(--bg)}
            header.page,main{max-width:72rem;margin:0 auto;padding:0 1.25rem}
            header.page{padding-top:1.5rem}
            h1{font:700 1.8rem/1.2 system-ui,sans-serif;margin:.2rem 0}
            h2{font:700 1.3rem/1.3 system-ui,sans-serif;margin:0 0 .25rem}
            h3{font:600 1.05rem/1.35 system-ui,sans-serif;margin:.35rem 0 .6rem}
            h4{font:600 .85rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:0 0 .4rem}
            h4 small{text-transform:none;letter-spacing:0;font-weight:400}
            .legend,.docs,.none{color:var(--muted);font:14px/1.4 system-ui,sans-serif}
            section.story{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem;margin:1.25rem 0}
            article.conflict{border:1px solid var(--line);border-left:6px solid var(--medium);border-radius:8px;padding:.6rem 1rem;margin:1rem 0;background:#fcfcfd}
            article.sev-high{border-left-color:var(--high)}
            article.sev-low{border-left-color:var(--low)}
            .badge{display:inline-block;font:600 12px/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;padding:.3em .55em;border-radius:4px;background:#e8ebf0;color:var(--ink)}
            .sev-high .badge.sev{background:var(--high);color:#fff}
            .sev-medium .badge.sev{background:var(--medium);color:#fff}
            .sev-low .badge.sev{background:var(--low);color:#fff}
            .versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem}
            section.version{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem}
            figure.claim{margin:0 0 .6rem}
            blockquote{margin:0;padding:0}
            figcaption,cite{display:block;font:12px/1.4 ui-monospace,Menlo,monospace;color:var(--muted);font-style:normal}
            cite{display:inline}
            mark{background:var(--mark);padding:0 .1em;border-radius:2px}
            .changed{background:var(--changed);font-weight:700;border-bottom:2px solid var(--high)}
            dl.details{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;font:13px/1.4 system-ui,sans-serif;color:var(--muted);margin:.6rem 0 .2rem}
            dl.details dt{font-weight:600}
            dl.details dd{margin:0;overflow-wrap:anywhere}
            details{margin:.8rem 0}
            details summary{cursor:pointer;font:600 14px system-ui,sans-serif;color:var(--muted)}
            details ul{padding-left:1.2rem}
            details li{margin:.35rem 0}
            p.summary{margin:.2rem 0;font:14px/1.4 system-ui,sans-serif}
            section.overview{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.25rem;margin:1.25rem 0}
            section.overview table{border-collapse:collapse;width:100%;font:14px/1.4 system-ui,sans-serif}
            section.overview th,section.overview td{text-align:left;vertical-align:top;padding:.3rem .6rem;border-top:1px solid var(--line)}
            section.overview td small{color:var(--muted)}
            """;
}
