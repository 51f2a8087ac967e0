package io.concord.annotator.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.concord.api.text.Segmentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dateline as the segmenter's words and paragraphs show it (io.concord.api.text.Dateline). */
class DatelineTest {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            `KRAKOW, Poland — At dawn the market is empty.`                                       => `KRAKOW, Poland —`
            `TROMSO, May 2 (NTB) -- Fishing boats stayed in port.`                                => `TROMSO, May 2 (NTB) --`
            `Stalls stand empty at dawn\\n\\nKRAKOW, Poland (PAP) — At dawn the market is empty.` => `KRAKOW, Poland (PAP) —`
            `Stalls stand empty\\n\\nBy Ola Wren\\n\\nSÃO PAULO, Brazil - Buses ran late.`        => `SÃO PAULO, Brazil -`
            `LEEDS, July 22 - The bridge will stay closed until 14 September.`                     => `LEEDS, July 22 -`
            """)
    void findsTheDatelineUnderAnyHeadlineAndByline(String text, String dateline) {
        String t = text.replace("\\n", "\n");
        Segmentation s = SEGMENTER.tokensAndSentences(t);
        int[] span = s.dateline();
        assertEquals(dateline, span == null ? null : t.substring(span[0], span[1]));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            `The market is empty — nobody comes before seven.`                                       => -
            `“NOBODY comes here — ever,” she said.`                                                    => -
            `The stalls at the old market square stand empty at dawn every day now, and the traders who once filled them with fish and bread say they will not come back this year or next.\\n\\nKRAKOW — Nobody came.` => -
            """)
    void findsNoneInStoryText(String text, String none) {
        assertNull(SEGMENTER.tokensAndSentences(text.replace("\\n", "\n")).dateline());
    }
}
