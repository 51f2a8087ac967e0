package io.concord.annotator.figures.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.concord.annotator.segmenter.NewsSegmenter;

/**
 * The figures recogniser on any text (docs/robustness.md): it throws nothing, every figure lies inside the
 * text with {@code begin < end}, and its numbers are what GUIDELINES.md says: a finite value (NaN only for
 * dates), a finite normalised value and range, a confidence in [0, 1]. In the build the committed inputs
 * under {@code FigureRecognizerFuzzTestInputs/} run once each; {@code JAZZER_FUZZ=1} fuzzes.
 */
class FigureRecognizerFuzzTest {
    private static final FigureRecognizer RECOGNIZER = new FigureRecognizer();
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    @FuzzTest(maxDuration = "60s")
    void figuresLieInTheTextAndTheirNumbersAreFinite(byte[] input) {
        String text = text(input);
        List<FigureMatch> figures = RECOGNIZER.find(SEGMENTER.tokensAndSentences(text));
        for (FigureMatch m : figures) {
            String what = "figure " + m + " in a text of " + text.length();
            assertTrue(0 <= m.begin() && m.begin() < m.end() && m.end() <= text.length(), what);
            assertNotNull(m.kind(), what);
            assertNotNull(m.qualifier(), what);
            if (m.kind() == FigureKind.DATE) {
                assertNotNull(m.timex(), what);
            } else {
                assertTrue(Double.isFinite(m.value()), "value of " + what);
            }
            assertTrue(m.normalizedValue() == null || Double.isFinite(m.normalizedValue()), "normalised value of " + what);
            assertEquals(m.normalizedValue() == null, m.normalizedUnit() == null, "normalised value and unit of " + what);
            assertTrue(m.confidence() >= 0 && m.confidence() <= 1, "confidence of " + what);
            if (m.range() != null) {
                assertTrue(Double.isFinite(m.range().low()) && Double.isFinite(m.range().high()), "range of " + what);
            }
        }
    }

    /**
     * The fuzzer's bytes as text: UTF-8 (malformed bytes become U+FFFD), so that the committed inputs are
     * plain text files; an input that starts with 0xFE is read as UTF-16 code units instead, which reaches
     * what UTF-8 cannot give (lone surrogates).
     */
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
