package io.concord.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import io.concord.annotator.segmenter.NewsSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMarkScannerTest {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    /** The quotations {@code scanner} finds in the paragraphs the segmenter finds in {@code text}. */
    private static List<QuotedSpan> scan(QuoteMarkScanner scanner, String text) {
        return scanner.scan(text, SEGMENTER.tokensAndSentences(text).paragraphs());
    }

    private static final QuoteMarkScanner SCANNER = new QuoteMarkScanner(true);

    private static String contents(String text) {
        return scan(SCANNER, text).stream().map(s -> text.substring(s.begin(), s.end()))
                .collect(Collectors.joining("|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            The mayor said “we will rebuild” on Monday.                  => we will rebuild
            “It is over,” he said. “We lost.”                            => It is over,|We lost.
            "We are ready," the minister said.                           => We are ready,
            ‘We will not be lectured,’ she said.                         => We will not be lectured,
            'Never again,' the union said, calling it 'a disgrace'.      => Never again,|a disgrace
            Critics said the “reforms” were rushed.                      => reforms
            The workers’ union and the Joneses’ house were hit.          => ``
            In the ‘90s the party’s vote rose and it didn't recover.     => ``
            He said: “They told me ‘no’ twice.”                          => They told me ‘no’ twice.
            The report said «les jeux sont faits» last week.             => les jeux sont faits
            A German paper wrote „Das ist vorbei“ on Friday.             => Das ist vorbei
            “ ” is empty and ‘’ too.                                     => ``
            """)
    void findsTopLevelQuotedContentWithoutMarks(String text, String expected) {
        assertEquals(expected == null ? "" : expected, contents(text));
    }

    @Test
    void runsAnOpenQuotationToTheEndOfItsParagraph() {
        String text = "She said: “The first part ends here.\n\n“And the second part closes,” she added.";
        List<QuotedSpan> spans = scan(SCANNER, text);
        assertEquals(2, spans.size());
        assertFalse(spans.get(0).closed());
        assertEquals("The first part ends here.", text.substring(spans.get(0).begin(), spans.get(0).end()));
        assertTrue(spans.get(1).closed());
        assertEquals("And the second part closes,", text.substring(spans.get(1).begin(), spans.get(1).end()));
    }

    @Test
    void keepsAnUnclosedSingleMarkOnlyWhenTheNextParagraphContinuesIt() {
        String continued = "He wrote: 'We tried our best.\n\n'It was not enough.'";
        assertEquals("We tried our best.|It was not enough.", contents(continued));
        String stray = "The 'rock band played on\n\nand nobody left.";
        assertEquals("", contents(stray));
    }

    @Test
    void ignoresSingleMarksWhenSwitchedOff() {
        String text = "‘We will not be lectured,’ she said.";
        assertTrue(scan(new QuoteMarkScanner(false), text).isEmpty());
    }
}
