package io.concord.export.json.format;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/**
 * What fuzzing {@link ConcordJson#readDocument} found (docs/robustness.md), each input as the fuzzer wrote
 * it (under {@code ConcordJsonFuzzFindings/}) or cut down by hand, run through the fuzz target's invariants.
 * Each failed before the reader checked offsets, schema type and number range; they are kept out of
 * {@code ConcordJsonFuzzTestInputs/} as named cases.
 */
class ConcordJsonFuzzFindingsTest {
    private final ConcordJsonFuzzTest target = new ConcordJsonFuzzTest();

    @Test
    void anAnnotationBeyondTheEndOfTheTextIsRefused() throws IOException {
        target.readsOnlyDocumentsOfTheFormatAndFailsOnlyWithIOException(finding("span-outside-the-text-crash-2dbba02b.json"));
    }

    @Test
    void anAnnotationThatEndsBeforeItBeginsIsRefused() throws IOException {
        target.readsOnlyDocumentsOfTheFormatAndFailsOnlyWithIOException(finding("span-ends-before-it-begins-crash-3342d3de.json"));
    }

    @Test
    void aSchemaThatIsNotAStringIsAnIOException() throws IOException {
        target.readsOnlyDocumentsOfTheFormatAndFailsOnlyWithIOException(finding("schema-not-a-string-crash-3a8f42a2.json"));
    }

    @Test
    void aNegativeBeginIsRefused() throws IOException {
        target.readsOnlyDocumentsOfTheFormatAndFailsOnlyWithIOException(bytes(
                "{\"schema\":\"concord.annotations/1\",\"document\":{\"id\":\"x\",\"length\":4},"
                        + "\"annotations\":[{\"type\":\"place\",\"begin\":-2,\"end\":1,\"text\":\"K\"}]}"));
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsRefused() throws IOException {
        target.readsOnlyDocumentsOfTheFormatAndFailsOnlyWithIOException(bytes(
                "{\"schema\":\"concord.annotations/1\",\"document\":{\"id\":\"x\",\"length\":4},"
                        + "\"annotations\":[{\"type\":\"figure\",\"begin\":0,\"end\":1,\"text\":\"K\",\"value\":1e999}]}"));
    }

    private static byte[] finding(String name) throws IOException {
        try (InputStream in = ConcordJsonFuzzFindingsTest.class.getResourceAsStream("ConcordJsonFuzzFindings/" + name)) {
            if (in == null) {
                throw new IOException("no finding " + name);
            }
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
