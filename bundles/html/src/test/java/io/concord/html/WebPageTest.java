package io.concord.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebPageTest {
    private static final String PAGE = """
            <!doctype html><html><head>
              <title>Floods close roads in Leeds | The Daily Example</title>
              <meta property="og:title" content="Floods close roads in Leeds">
              <meta property="article:published_time" content="2026-03-02T08:15:00Z">
              <script>var tracking = "Mayor said nothing";</script>
            </head><body>
              <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
              <div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
              <main>
                <article>
                  <h1>Floods close roads in Leeds</h1>
                  <div class="share-bar"><p>Share on Facebook</p><p>Share on X</p></div>
                  <p>The mayor of Leeds said 40 homes were flooded on Monday.</p>
                  <figure><img src="x.jpg"><figcaption>Water on Kirkstall Road</figcaption></figure>
                  <p>“We have never seen the river this high,” she said. <a href="/x">Read more</a></p>
                  <aside><p>Related: Storms hit Wales</p></aside>
                  <ul><li>Roads shut: 12</li><li>Schools closed: 3</li></ul>
                  <div class="related-stories"><p>Five things to know about floods</p></div>
                </article>
              </main>
              <section class="comments"><p>First!</p></section>
              <footer><p>© The Daily Example</p></footer>
            </body></html>
            """;

    @Test
    void readsTheArticleWithoutWhatSurroundsIt() {
        WebPage page = WebPage.read(PAGE);
        assertEquals("Floods close roads in Leeds", page.title());
        assertEquals("2026-03-02T08:15:00Z", page.published());
        assertEquals("""
                Floods close roads in Leeds

                The mayor of Leeds said 40 homes were flooded on Monday.

                “We have never seen the river this high,” she said. Read more

                Roads shut: 12

                Schools closed: 3
                """, page.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cookies    | <p class='x'>Body text here.</p><div id='cookie-consent'><p>Accept cookies</p></div>
            newsletter | <p>Body text here.</p><div class='newsletter-signup'><p>Sign up now</p></div>
            menu       | <nav><ul><li>Home</li></ul></nav><p>Body text here.</p>
            script     | <p>Body text here.</p><script>alert('x')</script>
            """)
    void dropsBoilerplate(String what, String body) {
        WebPage page = WebPage.read("<html><body>" + body + "</body></html>");
        assertEquals("Body text here.\n", page.text(), what);
    }

    @Test
    void takesTheArticleWithTheMostTextWhenThereAreSeveral() {
        WebPage page = WebPage.read("<body><article><p>Teaser.</p></article>"
                + "<article><p>The long story of the day, with its many words.</p><p>And more.</p></article></body>");
        assertTrue(page.text().startsWith("The long story"), page.text());
        assertFalse(page.text().contains("Teaser"));
    }

    @Test
    void fallsBackToTheTitleTagAndTimeElement() {
        WebPage page = WebPage.read("<html><head><title>A quiet day</title></head><body>"
                + "<time datetime='2026-01-05'>5 January</time><p>Nothing happened.</p></body></html>");
        assertEquals("A quiet day", page.title());
        assertEquals("2026-01-05", page.published());
        assertEquals("A quiet day\n\nNothing happened.\n", page.text());
    }

    @Test
    void aPageWithoutTextHasNone() {
        WebPage page = WebPage.read("<html><body><script>x()</script><nav>Home</nav></body></html>");
        assertEquals("", page.text());
        assertNull(page.title());
    }

    @Test
    void survivesBrokenMarkup() {
        WebPage page = WebPage.read("<p>Unclosed <b>bold <p>Second paragraph</div></span>");
        assertEquals("Unclosed bold\n\nSecond paragraph\n", page.text());
    }
}
