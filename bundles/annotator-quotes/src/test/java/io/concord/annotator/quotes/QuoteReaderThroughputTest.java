package io.concord.annotator.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.concord.annotator.segmenter.NewsSegmenter;
import org.junit.jupiter.api.Test;

/** Reads a large document in linear time: work per character must not grow with the document. */
class QuoteReaderThroughputTest {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

    /** What {@code reader} finds in {@code text}, segmented as the pipeline does. */
    private static List<QuoteMatch> read(QuoteReader reader, String text, List<PersonMention> persons) {
        return reader.read(SEGMENTER.tokensAndSentences(text), persons);
    }

    private static final String STORY = """
            Foreign Minister Olena Marchuk met her Polish counterpart on Tuesday. “We expect results, not \
            promises,” Marchuk told reporters. She added that the talks had been “frank and useful”.

            The Kremlin called the meeting “a provocation”. Kremlin spokesman Ivan Petrov said Moscow had “no \
            plans” to respond, while officials in Warsaw described the visit as “long overdue”.

            “We will not back down,” said opposition leader Maria Costa. “The people deserve better.”

            Analysts said the “reset” was fragile. According to the defence ministry, 40 drones were shot down \
            overnight. “Our air defences worked,” it said.

            """;

    @Test
    void readsAMegabyteDocumentLinearly() {
        QuoteReader reader = new QuoteReader(QuoteSettings.DEFAULTS);
        String small = STORY.repeat(200);
        String large = STORY.repeat(2000);
        for (int i = 0; i < 5; i++) {
            read(reader, small, List.of()); // warm up the JIT
        }
        long smallNanos = best(reader, small);
        long largeNanos = best(reader, large);
        assertEquals(read(reader, small, List.of()).size() * 10, read(reader, large, List.of()).size());
        double perCharSmall = smallNanos / (double) small.length();
        double perCharLarge = largeNanos / (double) large.length();
        System.out.printf("quotes: %d chars in %d ms (%.1f MB/s)%n", large.length(), largeNanos / 1_000_000,
                large.length() / (largeNanos / 1e9) / 1e6);
        assertTrue(perCharLarge < 4 * perCharSmall + 100, "per-character cost grows with document size");
    }

    private static long best(QuoteReader reader, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            read(reader, text, List.of());
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    @Test
    void runOnTextWithoutSentenceEndsStaysFast() {
        QuoteReader reader = new QuoteReader(QuoteSettings.DEFAULTS);
        String runOn = "officials in the capital said the plan was “a step too far for everyone” and he said "
                .repeat(5000);
        long t0 = System.nanoTime();
        read(reader, runOn, List.of());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "run-on text took too long");
    }
}
