package io.concord.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.concord.annotator.segmenter.NewsSegmenter;

/**
 * The quote reader on any text (docs/robustness.md): it throws nothing, every quotation lies inside the text
 * with {@code begin <= end}, its speaker mention (when it has one) is one of the person mentions given, and
 * its confidence is in [0, 1]. The reader is given the capitalised pairs of words as person mentions, as
 * the people annotator would give names, so that the speaker rules run too. In the build the committed
 * inputs under {@code QuoteReaderFuzzTestInputs/} run once each; {@code JAZZER_FUZZ=1} fuzzes.
 */
class QuoteReaderFuzzTest {
    private static final QuoteReader READER = new QuoteReader(QuoteSettings.DEFAULTS);
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    @FuzzTest(maxDuration = "60s")
    void quotationsLieInTheTextAndNameOnlyGivenSpeakers(byte[] input) {
        String text = text(input);
        var segmentation = SEGMENTER.tokensAndSentences(text);
        List<PersonMention> persons = capitalisedPairs(segmentation);
        for (QuoteMatch m : READER.read(segmentation, persons)) {
            String what = "quotation " + m + " in a text of " + text.length();
            assertTrue(0 <= m.begin() && m.begin() <= m.end() && m.end() <= text.length(), what);
            assertTrue(m.speakerMention() >= -1 && m.speakerMention() < persons.size(), "speaker mention of " + what);
            assertTrue(m.confidence() >= 0 && m.confidence() <= 1, "confidence of " + what);
        }
    }

    /** Two capitalised words in a row, as a person mention (canonical: the two words). */
    private static List<PersonMention> capitalisedPairs(io.concord.api.text.Segmentation s) {
        List<PersonMention> out = new ArrayList<>();
        var words = s.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).capitalised() && words.get(i + 1).capitalised()
                    && s.sentenceOf(i) == s.sentenceOf(i + 1)) {
                String name = words.get(i).text() + " " + words.get(i + 1).text();
                out.add(new PersonMention(words.get(i).begin(), words.get(i + 1).end(), name, null));
                i++;
            }
        }
        return out;
    }

    /** UTF-8 text (plain text seeds); an input starting with 0xFE is read as UTF-16 code units (lone surrogates). */
    static String text(byte[] input) {
        if (input.length > 0 && input[0] == (byte) 0xFE) {
            char[] chars = new char[(input.length - 1) / 2];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) ((input[1 + 2 * i] & 0xFF) << 8 | (input[2 + 2 * i] & 0xFF));
            }
            return new String(chars);
        }
        return new String(input, StandardCharsets.UTF_8);
    }
}
