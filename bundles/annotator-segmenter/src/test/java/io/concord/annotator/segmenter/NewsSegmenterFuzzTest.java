package io.concord.annotator.segmenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * The segmenter on any text (docs/robustness.md): it throws nothing; tokens are non-empty spans of the text,
 * in order and not overlapping, each with its covered text; sentences are spans in order, not overlapping,
 * and every token lies inside the sentence the segmentation gives it; paragraphs, the headline and the
 * bylines are spans inside the text. In the build the committed inputs under
 * {@code NewsSegmenterFuzzTestInputs/} run once each; {@code JAZZER_FUZZ=1} fuzzes.
 */
class NewsSegmenterFuzzTest {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    @FuzzTest(maxDuration = "60s")
    void tokensSentencesAndBlocksAreOrderedSpansOfTheText(byte[] input) {
        String text = text(input);
        NewsSegmenter.Result r = SEGMENTER.segment(text);
        Segmentation s = r.segmentation();
        int n = text.length();

        int previousEnd = 0;
        for (Word w : s.words()) {
            assertTrue(previousEnd <= w.begin() && w.begin() < w.end() && w.end() <= n, "token " + w + " after " + previousEnd);
            assertEquals(text.substring(w.begin(), w.end()), w.text(), "covered text of " + w);
            previousEnd = w.end();
        }
        previousEnd = 0;
        for (int i = 0; i < s.sentenceCount(); i++) {
            assertTrue(previousEnd <= s.sentenceBegin(i) && s.sentenceBegin(i) <= s.sentenceEnd(i) && s.sentenceEnd(i) <= n,
                    "sentence " + i + " [" + s.sentenceBegin(i) + ", " + s.sentenceEnd(i) + ") after " + previousEnd);
            previousEnd = s.sentenceEnd(i);
        }
        for (int w = 0; w < s.words().size(); w++) {
            Word word = s.words().get(w);
            int sentence = s.sentenceOf(w);
            assertTrue(sentence >= 0 && sentence < s.sentenceCount()
                    && s.sentenceBegin(sentence) <= word.begin() && word.end() <= s.sentenceEnd(sentence),
                    "token " + word + " lies in its sentence " + sentence);
        }
        assertSpans("paragraph", r.paragraphs(), n);
        assertSpans("byline", r.bylines(), n);
        if (r.headline() != null) {
            assertSpans("headline", List.of(r.headline()), n);
        }
    }

    private static void assertSpans(String what, List<int[]> spans, int n) {
        for (int[] span : spans) {
            assertTrue(span.length == 2 && 0 <= span[0] && span[0] <= span[1] && span[1] <= n,
                    what + " " + java.util.Arrays.toString(span) + " in a text of " + n);
        }
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
