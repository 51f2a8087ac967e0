package io.concord.annotator.people;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.concord.annotator.segmenter.NewsSegmenter;

/**
 * The people recogniser on any text (docs/robustness.md): it throws nothing, every mention lies inside the
 * text with {@code begin < end} and has a canonical name, and its confidence is in [0, 1]. In the build the
 * committed inputs under {@code PersonRecognizerFuzzTestInputs/} run once each; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PersonRecognizerFuzzTest {
    private static final PersonRecognizer RECOGNIZER = new PersonRecognizer(NameLexicon.load());
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    @FuzzTest(maxDuration = "60s")
    void mentionsLieInTheTextAndHaveANameAndAConfidence(byte[] input) {
        String text = text(input);
        for (PersonRecognizer.Mention m : RECOGNIZER.find(SEGMENTER.tokensAndSentences(text))) {
            String what = "mention " + m + " in a text of " + text.length();
            assertTrue(0 <= m.begin() && m.begin() < m.end() && m.end() <= text.length(), what);
            assertNotNull(m.canonical(), what);
            assertFalse(m.canonical().isBlank(), what);
            assertTrue(m.confidence() >= 0 && m.confidence() <= 1, "confidence of " + what);
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
