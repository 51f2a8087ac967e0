package io.concord.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkdownPageTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "emphasis and links keep their words, not their markup | The **mayor** of [Lyon](https://example.org/lyon) said. | The mayor of Lyon said.",
            "inline code keeps its text | Run `annotate` now. | Run annotate now.",
            "raw HTML is markup | Floods hit <b>Perth</b> today. | Floods hit Perth today.",
            "an image keeps its alternative text | ![Flooded street in Perth](a.jpg) | Flooded street in Perth",
            "a soft line break is a space | Floods hit\\nPerth. | Floods hit Perth.",
    })
    void readsTheWordsWithoutTheMarkup(String what, String markdown, String text) {
        assertEquals(text, MarkdownPage.read(markdown.replace("\\n", "\n")).text(), what);
    }

    @Test
    void blocksAreParagraphsAndTheFirstHeadingIsTheTitle() {
        MarkdownPage page = MarkdownPage.read("""
                # Storm closes ports in the north

                *By Ana Ruiz, Reuters*

                Winds of **120 km/h** closed three ports,
                the agency said.

                - Ferries cancelled
                - Schools shut

                ## Reactions

                > "We were not warned," a fisherman said.

                ---
                """);

        assertEquals("Storm closes ports in the north", page.title());
        assertEquals("""
                Storm closes ports in the north

                By Ana Ruiz, Reuters

                Winds of 120 km/h closed three ports, the agency said.

                Ferries cancelled

                Schools shut

                Reactions

                "We were not warned," a fisherman said.""", page.text());
    }

    @Test
    void aDocumentWithoutHeadingHasNoTitle() {
        assertNull(MarkdownPage.read("Just a paragraph.").title());
        assertEquals("", MarkdownPage.read("").text());
    }
}
