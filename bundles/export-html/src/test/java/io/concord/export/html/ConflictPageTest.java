package io.concord.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import io.concord.annotator.segmenter.TextSegmenterService;
import io.concord.api.model.AnnotatedCollection;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.ConflictReport.StoryInfo;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.api.text.ClaimContext;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ConflictPageTest {
    private static final TextSegmenterService SEGMENTER = new TextSegmenterService();

    private static final String A = "Harbour workers walked out on Monday. The union said the strike would “end the "
            + "standoff” within days.";
    private static final String B = "The union said the strike would “cease the standoff” within days. Talks resume Friday.";
    private static final String C = "Officials counted 1,200 <strikers> & families at the gates.";

    private static Claim claim(String doc, String text, String covered, String version) {
        int begin = text.indexOf(covered);
        return new Claim(doc, begin, begin + covered.length(), covered, version);
    }

    private static AnnotatedCollection collection() {
        List<DocumentRecord> docs = List.of(new DocumentRecord("a", A, List.of(), List.of()),
                new DocumentRecord("b", B, List.of(), List.of()), new DocumentRecord("c", C, List.of(), List.of()),
                new DocumentRecord("d", "Quake hits <Hatay>.", List.of(), List.of()));
        Conflict quote = new Conflict("quote", "Union: “end the standoff” vs “cease the standoff”", "low", false,
                List.of(claim("a", A, "end the standoff", "A"), claim("b", B, "cease the standoff", "B")),
                Map.of("story", "s1", "relation", "reworded"));
        Conflict agree = new Conflict("figure", "Same figure: <1,200> & more", "low", true,
                List.of(claim("c", C, "1,200", null), claim("a", A, "Monday", null)), Map.of("story", "s1"));
        ConflictReport report = new ConflictReport(List.of(quote), List.of(agree), List.of(
                new StoryInfo("s1", "Harbour strike & <union>", List.of("a", "b", "c")),
                new StoryInfo("s2", "Quake", List.of("d"))));
        return new AnnotatedCollection(docs, report);
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList select(Document d, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
    }

    /** A report of many stories is written story by story, never held whole (it ran a small heap out of memory). */
    @Test
    void writesThePageStoryByStoryNotAsOneString() throws Exception {
        List<DocumentRecord> docs = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<StoryInfo> stories = new ArrayList<>();
        for (int s = 0; s < 400; s++) {
            String a = "The harbour union said it would “end the standoff” in port " + s + ".";
            String b = "The harbour union said it would “cease the standoff” in port " + s + ".";
            docs.add(new DocumentRecord("a" + s, a, List.of(), List.of()));
            docs.add(new DocumentRecord("b" + s, b, List.of(), List.of()));
            conflicts.add(new Conflict("quote", "words differ", "low", false, List.of(claim("a" + s, a, "end the standoff", "A"),
                    claim("b" + s, b, "cease the standoff", "B")), Map.of("story", "s" + s)));
            stories.add(new StoryInfo("s" + s, "Port " + s, List.of("a" + s, "b" + s)));
        }
        AnnotatedCollection big = new AnnotatedCollection(docs, new ConflictReport(conflicts, List.of(), stories));
        int[] largestWrite = new int[1];
        StringBuilder page = new StringBuilder();
        java.io.Writer out = new java.io.Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                largestWrite[0] = Math.max(largestWrite[0], len);
                page.append(chars, off, len);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        ConflictPage.render(big, SEGMENTER, out);
        assertTrue(page.length() > 400_000, "a page of 400 stories: " + page.length());
        assertTrue(largestWrite[0] < 20_000, "largest single write " + largestWrite[0] + " of " + page.length());
        assertEquals(ConflictPage.render(big, SEGMENTER), page.toString());
    }

    @Test
    void writesAWellFormedSelfContainedPage() throws Exception {
        String html = ConflictPage.render(collection(), SEGMENTER);
        Document d = parse(html);
        assertEquals("html", d.getDocumentElement().getTagName());
        assertEquals(1, select(d, "//head/style").getLength());
        assertEquals(0, select(d, "//script | //link | //img | //*[@src]").getLength());
        assertFalse(html.contains("http://") || html.contains("https://"), "no external assets");
    }

    @Test
    void showsEachSideWithItsSentenceGroupedByStory() throws Exception {
        Document d = parse(ConflictPage.render(collection(), SEGMENTER));
        NodeList stories = select(d, "//section[@class='story']");
        assertEquals(1, stories.getLength(), "a story without findings is only listed at the end");
        assertEquals("Harbour strike & <union>", select(d, "//section[@class='story']/h2").item(0).getTextContent());
        NodeList versions = select(d, "//article[contains(@class,'conflict')]//section[@class='version']");
        assertEquals(2, versions.getLength());
        String first = select(d, "//section[@class='version'][1]//blockquote").item(0).getTextContent();
        assertEquals("The union said the strike would “end the standoff” within days.", first);
        assertEquals(1, select(d, "//details[@class='quiet']//li").getLength());
    }

    @Test
    void highlightsTheDifferingWords() throws Exception {
        Document d = parse(ConflictPage.render(collection(), SEGMENTER));
        NodeList changed = select(d, "//article//span[@class='changed']");
        assertEquals(2, changed.getLength());
        assertEquals("end", changed.item(0).getTextContent());
        assertEquals("cease", changed.item(1).getTextContent());
        assertEquals("end the standoff", select(d, "//section[@class='version'][1]//mark").item(0).getTextContent());
    }

    @Test
    void escapesAllText() throws Exception {
        String html = ConflictPage.render(collection(), SEGMENTER);
        assertFalse(html.contains("<strikers>") || html.contains("<union>") || html.contains("<1,200>")
                || html.contains("<Hatay>"));
        assertTrue(html.contains("&lt;strikers&gt; &amp; families"));
        assertTrue(html.contains("Same figure: &lt;1,200&gt; &amp; more"));
        parse(html);
    }

    @Test
    void listsStatementsThatLookDifferentButAgree() throws Exception {
        Document d = parse(ConflictPage.render(collection(), SEGMENTER));
        NodeList agree = select(d, "//details[@class='agree']/ul/li");
        assertEquals(1, agree.getLength());
        assertEquals(2, select(d, "//details[@class='agree']//ul[@class='claims']/li").getLength());
    }

    @Test
    void highlightsAdjacentChangedWordsAsOnePhrase() {
        assertEquals("yet <span class=\"changed\">another round of</span> Kremlin &lt;nonsense&gt;",
                new WordHighlighter(SEGMENTER).highlight("yet another round of Kremlin <nonsense>", "yet more Kremlin nonsense"));
    }

    @Test
    void isACollectionExporter() throws Exception {
        HtmlExporter e = new HtmlExporter(SEGMENTER);
        assertEquals("html", e.format());
        assertFalse(e.writesDocuments());
        assertTrue(e.writesCollection());
        assertEquals("conflicts.html", e.collectionFileName());
        assertThrows(UnsupportedOperationException.class, () -> e.writeDocument(null, new ByteArrayOutputStream()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.writeCollection(collection(), out);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void findsTheSentenceAroundAClaimAcrossClosingQuotes() {
        String text = "He urged them to “end the bloodshed.” The president said there was “a real chance” now. Next.";
        int begin = text.indexOf("a real chance");
        int[] s = ClaimContext.sentence(SEGMENTER.segment(text), begin, begin + "a real chance".length(), 320);
        assertEquals("The president said there was “a real chance” now.", text.substring(s[0], s[1]));
    }

    @Test
    void endsTheContextWithAClaimThatEndsItsSentence() {
        String text = "He said he was “ready for war.” The UK dismissed it.";
        int begin = text.indexOf("ready for war.");
        int[] s = ClaimContext.sentence(SEGMENTER.segment(text), begin, begin + "ready for war.".length(), 320);
        assertEquals("He said he was “ready for war.”", text.substring(s[0], s[1]));
    }

    @Test
    void writesAPageForAnEmptyReport() throws Exception {
        String html = ConflictPage.render(new AnnotatedCollection(List.of(), ConflictReport.empty()), SEGMENTER);
        parse(html);
        assertTrue(html.contains("0 documents · 0 stories · <strong>0 disagreements</strong>"), html);
        assertEquals(1, html.split("<mark>", -1).length - 1, "only the legend's mark, no claim");
    }

    @Test
    void showsAClaimAloneWhenNoSegmenterIsInstalled() throws Exception {
        String html = ConflictPage.render(collection(), null);
        assertTrue(html.contains("<mark>"), html);
    }

    @Test
    void namesReportsByTheirHeadlineAndId() throws Exception {
        String headlined = "Harbour Strike Ends After Three Days\n\nThe union said the strike would “end the standoff”.";
        DocumentRecord h = new DocumentRecord("7f3a9c2e", headlined, List.of(), List.of());
        DocumentRecord plain = new DocumentRecord("b", B, List.of(), List.of());
        Conflict quote = new Conflict("quote", "Union", "low", false,
                List.of(claim("7f3a9c2e", headlined, "end the standoff", "A"), claim("b", B, "cease the standoff", "B")),
                Map.of("story", "s1"));
        String html = ConflictPage.render(new AnnotatedCollection(List.of(h, plain), new ConflictReport(List.of(quote),
                List.of(), List.of(new StoryInfo("s1", "Harbour strike", List.of("7f3a9c2e", "b"))))), SEGMENTER);
        Document d = parse(html);
        assertEquals("“Harbour Strike Ends After Three Days” (7f3a9c2e)", select(d, "//figcaption").item(0).getTextContent());
        assertTrue(select(d, "//p[@class='docs']").item(0).getTextContent().contains("“Harbour Strike Ends After Three Days” (7f3a9c2e)"));
    }

    /** Every type the records carry is listed the same way: Concord's first, then a third party's, by name. */
    @Test
    void listsWhatTheReportsNamePerTypeAThirdPartysToo() throws Exception {
        String text = "The World Health Organization (WHO) and <UNICEF> met Ana Ruiz in Lima. WHO said so.";
        List<AnnotationRecord> found = List.of(
                annotation("organisation", text, "World Health Organization", Map.of("canonical", "World Health Organization",
                        "kind", "international", "annotator", "organisations")),
                annotation("organisation", text, "WHO", Map.of("canonical", "World Health Organization", "annotator", "organisations")),
                annotation("organisation", text, "<UNICEF>", Map.of("annotator", "organisations")),
                annotation("place", text, "Lima", Map.of("canonical", "Lima", "annotator", "places")),
                annotation("person", text, "Ana Ruiz", Map.of("canonical", "Ana Ruiz", "annotator", "people")));
        DocumentRecord one = new DocumentRecord("one", text, found, List.of());
        DocumentRecord two = new DocumentRecord("two", "Ana Ruiz spoke.", List.of(new AnnotationRecord("person", 0, 8,
                "Ana Ruiz", Map.of("canonical", "Ana Ruiz", "annotator", "people"))), List.of());

        Document d = parse(ConflictPage.render(new AnnotatedCollection(List.of(one, two), ConflictReport.empty()), SEGMENTER));

        NodeList rows = select(d, "//section[@id='annotations']//tbody/tr");
        assertEquals(3, rows.getLength());
        assertEquals(List.of("person 2 2 people Ana Ruiz ×2", "place 1 1 places Lima ×1",
                "organisation 3 1 organisations World Health Organization ×2 · <UNICEF> ×1"),
                List.of(row(rows, 0), row(rows, 1), row(rows, 2)));
        assertEquals(1, select(d, "//a[@href='#annotations']").getLength());
    }

    private static AnnotationRecord annotation(String type, String text, String covered, Map<String, Object> attributes) {
        int begin = text.indexOf(covered);
        return new AnnotationRecord(type, begin, begin + covered.length(), covered, attributes);
    }

    /** A table row's cells, joined by spaces. */
    private static String row(NodeList rows, int i) {
        NodeList cells = rows.item(i).getChildNodes();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < cells.getLength(); c++) {
            texts.add(cells.item(c).getTextContent().trim());
        }
        return String.join(" ", texts);
    }
}
