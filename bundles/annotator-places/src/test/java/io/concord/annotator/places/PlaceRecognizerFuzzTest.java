package io.concord.annotator.places;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.concord.annotator.segmenter.NewsSegmenter;

/**
 * The places recogniser on any text (docs/robustness.md): it throws nothing, every place lies inside the
 * text with {@code begin < end}, has a canonical name and one of the kinds of the exchange schema, and its
 * confidence is in [0, 1]. In the build the committed inputs under {@code PlaceRecognizerFuzzTestInputs/}
 * run once each; {@code JAZZER_FUZZ=1} fuzzes.
 */
class PlaceRecognizerFuzzTest {
    /** The kinds docs/schemas/concord.annotations.schema.json allows for a place. */
    private static final Set<String> KINDS = Set.of("country", "city", "region", "continent", "water", "other");
    private static final PlaceRecognizer RECOGNIZER = new PlaceRecognizer(Gazetteer.load(15000));
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    @FuzzTest(maxDuration = "60s")
    void placesLieInTheTextAndHaveANameAKindAndAConfidence(byte[] input) {
        String text = text(input);
        for (PlaceRecognizer.Match m : RECOGNIZER.find(SEGMENTER.tokensAndSentences(text))) {
            String what = "place " + m + " in a text of " + text.length();
            assertTrue(0 <= m.begin() && m.begin() < m.end() && m.end() <= text.length(), what);
            assertNotNull(m.canonical(), what);
            assertFalse(m.canonical().isBlank(), what);
            assertTrue(KINDS.contains(m.kind()), "kind of " + what);
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
