package io.concord.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A news web page as a document: the text of its article (headline first, then one paragraph per block),
 * without the menus, share buttons, related links, cookie banners and comments around it; its headline and
 * publication date as metadata. jsoup parses the page as browsers do, so broken markup reads too.
 *
 * @param title the headline ({@code og:title}, the article's {@code h1}, or {@code <title>}), or null
 * @param published the publication date as the page gives it (ISO 8601 in most pages), or null
 * @param text the readable text, paragraphs separated by a blank line; empty when the page has none
 */
public record WebPage(String title, String published, String text) {
    /** Elements that are never the story: navigation, forms, scripts, embedded media, side matter. */
    private static final String NEVER_TEXT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "button, iframe, svg, canvas, video, audio, figure, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=banner], [role=contentinfo], [role=complementary]";
    /** Class or id words of boilerplate blocks inside an article (share bars, related stories, newsletters). */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_ ])(share|sharing|social|related|recommend(ed)?|newsletter|subscribe|subscription|promo|advert|ad|ads"
                    + "|sponsor(ed)?|cookie|consent|comments?|breadcrumbs?|tags|byline-share|paywall|popup|modal|outbrain|taboola)([-_ ]|$)");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt";

    /** Reads a page's markup. */
    public static WebPage read(String html) {
        Document page = Jsoup.parse(html);
        String title = title(page);
        String published = published(page);
        page.select(NEVER_TEXT).remove();
        Element article = article(page);
        for (Element e : new ArrayList<>(article.getAllElements())) {
            if (e != article && e.parent() != null && BOILERPLATE.matcher(e.className() + " " + e.id()).find()) {
                e.remove();
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : article.select(BLOCKS)) {
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote, pre, dd, dt"))) {
                continue; // a block inside a block is read with it
            }
            String t = block.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty() && !article.text().isBlank()) {
            paragraphs.add(article.text().strip());
        }
        if (title != null && (paragraphs.isEmpty() || !paragraphs.get(0).equals(title))) {
            paragraphs.add(0, title); // the headline names the story's people and places too
        }
        return new WebPage(title, published, paragraphs.isEmpty() ? "" : String.join("\n\n", paragraphs) + "\n");
    }

    /**
     * The element that holds the story: the page's {@code article} (the one with the most paragraph text
     * when there are several), else {@code main}, else the body.
     */
    private static Element article(Document page) {
        Element best = null;
        int bestLength = 0;
        for (Element a : page.select("article, [itemprop=articleBody], [role=main], main")) {
            int length = a.select("p").text().length();
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        return best != null ? best : page.body();
    }

    private static String title(Document page) {
        String og = meta(page, "meta[property=og:title], meta[name=twitter:title]");
        if (og != null) {
            return og;
        }
        Elements h1 = page.select("article h1, main h1, h1");
        if (!h1.isEmpty() && !h1.first().text().isBlank()) {
            return h1.first().text().strip();
        }
        return page.title().isBlank() ? null : page.title().strip();
    }

    private static String published(Document page) {
        String meta = meta(page, "meta[property=article:published_time], meta[name=date], meta[name=pubdate], "
                + "meta[itemprop=datePublished], meta[name=dc.date]");
        if (meta != null) {
            return meta;
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null || time.attr("datetime").isBlank() ? null : time.attr("datetime").strip();
    }

    private static String meta(Document page, String query) {
        for (Element m : page.select(query)) {
            String content = m.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }
}
