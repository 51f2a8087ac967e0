package io.concord.annotator.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsSegmenterTest {
    private final NewsSegmenter segmenter = new NewsSegmenter();

    private String tokens(String text) {
        return segmenter.tokensAndSentences(text).words().stream().map(Word::text).collect(Collectors.joining(" "));
    }

    private List<String> sentences(String text) {
        Segmentation s = segmenter.tokensAndSentences(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.sentenceCount(); i++) {
            out.add(text.substring(s.sentenceBegin(i), s.sentenceEnd(i)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Mr. Smith met Dr. Jones.|Mr. Smith met Dr. Jones .",
            "the U.S. and the U.K. agreed|the U.S. and the U.K. agreed",
            "at 9 a.m. on Monday|at 9 a.m. on Monday",
            "John F. Kennedy|John F. Kennedy",
            "a Kremlin-backed plan by al-Assad|a Kremlin - backed plan by al - Assad",
            "O’Brien’s aide won’t go|O’Brien ’s aide won’t go",
            "Ruiz's plan|Ruiz 's plan",
            "Sales rose 1,200.5 tonnes, or 3.5%.|Sales rose 1,200.5 tonnes , or 3.5 % .",
            "it cost $3.5bn (€4.2 million)|it cost $ 3.5bn ( € 4.2 million )",
            "“We will,” she said.|“ We will , ” she said .",
            "The Inc. rose|The Inc. rose",
            "No. 2 official|No. 2 official",
            "COVID-19 cases|COVID - 19 cases",
    })
    void tokens(String text, String expected) {
        String got = tokens(text);
        assertEquals(expected, got);
    }

    @Test
    void sentencesMendIcuBreaksAfterTitlesInitialsAndAcronymsBeforeNames() {
        assertEquals(List.of("The No. 2 official, Gen. Lee, spoke at 9 a.m. on Jan. 5.", "He left."),
                sentences("The No. 2 official, Gen. Lee, spoke at 9 a.m. on Jan. 5. He left."));
        assertEquals(List.of("He met Mr. Smith and Dr. Jones in the U.S. Treasury on Dec. 4.", "Sales rose."),
                sentences("He met Mr. Smith and Dr. Jones in the U.S. Treasury on Dec. 4. Sales rose."));
        assertEquals(List.of("She was born in the U.S.", "He moved later."),
                sentences("She was born in the U.S. He moved later."));
        assertEquals(List.of("“We will not stop,” said Ms. Lee, a U.N. official.", "The talks end."),
                sentences("“We will not stop,” said Ms. Lee, a U.N. official. The talks end."));
    }

    @Test
    void aClosingQuoteEndsItsSentenceAndALowerCaseWordAfterAnAcronymDoesNotStartOne() {
        assertEquals(List.of("Mr. Smith met U.S. officials on Monday.", "He said “it went well.”", "Talks resume in May.",
                "Headline"), sentences("Mr. Smith met U.S. officials on Monday. He said “it went well.” Talks resume in May.\nHeadline"));
    }

    @Test
    void aLineBreakEndsASentenceUnlessTheLineIsOnlyWrapped() {
        assertEquals(List.of("Talks Stall in Geneva", "By Jane Doe", "The talks stalled on Monday."),
                sentences("Talks Stall in Geneva\nBy Jane Doe\n\nThe talks stalled on Monday.\n"));
        assertEquals(List.of("The talks, which began in\nMay, stalled on Monday.", "Both sides left."),
                sentences("The talks, which began in\nMay, stalled on Monday. Both sides left."));
        assertEquals(List.of("The minister said the\ntalks would go on.", "Nobody agreed."),
                sentences("The minister said the\ntalks would go on. Nobody agreed."));
    }

    @Test
    void wrappedProseFormsParagraphsAcrossItsLineBreaks() {
        String line = "The delegations met again on Tuesday in a hotel by the lake and\n";
        String text = line + "Ministers of both countries joined them for the first time since the\n"
                + "spring, officials said.\n\n" + line + "Envoys said the talks would go on through the week.\n";
        NewsSegmenter.Result r = segmenter.segment(text);
        assertEquals(2, r.paragraphs().size());
        assertEquals(List.of(text.substring(0, text.indexOf("\n\n")).replace('\n', ' ').strip()),
                sentences(text).subList(0, 1).stream().map(s -> s.replace('\n', ' ')).toList());
    }

    @Test
    void headlineAndBylinesAreFound() {
        String text = "Talks Stall in Geneva as Envoys Leave\nBy Jane Doe and John Roe\n\n"
                + "The talks stalled on Monday.\n\nIt was the third round.\n\nReporting by Ann Lee; Editing by Bo Chan\n";
        NewsSegmenter.Result r = segmenter.segment(text);
        assertEquals("Talks Stall in Geneva as Envoys Leave", text.substring(r.headline()[0], r.headline()[1]));
        assertEquals(List.of("By Jane Doe and John Roe", "Reporting by Ann Lee; Editing by Bo Chan"),
                r.bylines().stream().map(b -> text.substring(b[0], b[1])).toList());
        assertEquals(5, r.paragraphs().size());
    }

    @Test
    void aSingleParagraphOrASentenceFirstHasNoHeadline() {
        assertNull(segmenter.segment("The talks stalled on Monday. Both sides left.").headline());
        assertNull(segmenter.segment("The talks stalled on Monday.\nBoth sides left.\n").headline());
    }

    @Test
    void tokensLieInsideSentencesAndNeverOverlap() {
        String text = "Sen. Warren (D-Mass.) said the U.S.\n\n“No.” 1,2,3… e-mail — https://ex.com/a?b=1 ☃ 😀 x";
        Segmentation s = segmenter.tokensAndSentences(text);
        int previousEnd = 0;
        for (int i = 0; i < s.words().size(); i++) {
            Word w = s.words().get(i);
            assertTrue(w.begin() >= previousEnd, "overlap at " + w);
            int sentence = s.sentenceOf(i);
            assertTrue(w.begin() >= s.sentenceBegin(sentence) && w.end() <= s.sentenceEnd(sentence), "outside: " + w);
            previousEnd = w.end();
        }
    }

    @Test
    void emptyAndBlankTextHaveNothing() {
        assertEquals(0, segmenter.tokensAndSentences("").words().size());
        assertEquals(0, segmenter.tokensAndSentences(" \n\n \t").sentenceCount());
    }

    @ParameterizedTest
    @CsvSource({"Mr.,Xx.", "U.S.,X.X.", "'1,200','d,d'", "NATO,X", "iPhone,xXx", "al-Assad,x-Xx", "’s,’x"})
    void shapes(String token, String shape) {
        assertEquals(shape, Word.shapeOf(token));
    }
}
