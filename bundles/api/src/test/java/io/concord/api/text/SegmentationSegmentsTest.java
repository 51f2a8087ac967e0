package io.concord.api.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.concord.api.model.DocumentRecord;
import io.concord.api.model.TextSegments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A record carries its segmentation compactly, and a reader rebuilds the same words and sentences from it. */
class SegmentationSegmentsTest {
    private static final String TEXT = "Rain fell.\n\nThe U.S. said 3.5bn, not 4.";

    private static Segmentation segmented() {
        List<Word> words = List.of(word(0, 4), word(5, 9), word(9, 10), word(12, 15), word(16, 20), word(21, 25),
                word(26, 31), word(31, 32), word(33, 36), word(37, 38), word(38, 39));
        return new Segmentation(TEXT, words, List.of(new int[] {0, 10}, new int[] {12, 39}),
                List.of(new int[] {0, 10}, new int[] {12, 39}));
    }

    private static Word word(int begin, int end) {
        String t = TEXT.substring(begin, end);
        return new Word(begin, end, t, Word.shapeOf(t));
    }

    @Test
    void segmentsGiveBackTheSameWordsSentencesAndParagraphs() {
        Segmentation original = segmented();
        Segmentation rebuilt = Segmentation.of(TEXT, original.segments());

        assertEquals(original.words(), rebuilt.words());
        assertEquals(original.sentenceCount(), rebuilt.sentenceCount());
        for (int s = 0; s < original.sentenceCount(); s++) {
            assertEquals(original.sentenceBegin(s), rebuilt.sentenceBegin(s));
            assertEquals(original.sentenceEnd(s), rebuilt.sentenceEnd(s));
            assertEquals(original.firstWord(s), rebuilt.firstWord(s));
        }
        assertEquals(original.paragraphs().size(), rebuilt.paragraphs().size());
        for (int p = 0; p < original.paragraphs().size(); p++) {
            assertArrayEquals(original.paragraphs().get(p), rebuilt.paragraphs().get(p));
        }
        assertEquals(original.segments(), rebuilt.segments());
    }

    @Test
    void aRecordsOwnSegmentsAreReadBeforeTheSegmenterIsAsked() {
        TextSegments segments = segmented().segments();
        DocumentRecord carried = new DocumentRecord("d", TEXT, List.of(), List.of(), segments);
        TextSegmenter refuses = text -> {
            throw new AssertionError("segmented again");
        };

        assertEquals(segmented().words(), Segmentation.of(carried, refuses).words());
    }

    @Test
    void segmentsThatCannotBeOfTheTextAreLeftForTheSegmenter() {
        Segmentation fresh = segmented();
        DocumentRecord shorter = new DocumentRecord("d", TEXT.substring(0, 20), List.of(), List.of(),
                fresh.segments());

        assertSame(fresh, Segmentation.of(shorter, text -> fresh));
        assertNull(Segmentation.of(shorter, null));
        assertNull(Segmentation.of(new DocumentRecord("d", TEXT, List.of(), List.of()), null));
    }

    @ParameterizedTest(name = "{0} in {1} characters: {2}")
    @CsvSource(delimiter = '|', value = {
            "0 4 5 9    | 9  | true",
            "0 4 5 9    | 8  | false",
            "0 4 3 9    | 9  | false",
            "4 0        | 9  | false",
            "''         | 0  | true",
    })
    void segmentsFitATextWhenTheirSpansFollowOneAnotherInsideIt(String tokens, int length, boolean fits) {
        int[] spans = tokens.isBlank() ? new int[0]
                : java.util.Arrays.stream(tokens.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
        assertEquals(fits, new TextSegments(spans, new int[0], new int[0]).fit(length));
    }

    @Test
    void aRecordsSegmentsAreNotPartOfItsValue() {
        DocumentRecord bare = new DocumentRecord("d", TEXT, List.of(), List.of());
        DocumentRecord carried = new DocumentRecord("d", TEXT, List.of(), List.of(), segmented().segments());

        assertEquals(bare, carried);
        assertEquals(bare.hashCode(), carried.hashCode());
        assertNotEquals(bare, new DocumentRecord("e", TEXT, List.of(), List.of()));
        assertSame(carried.segments(), carried.withAnnotations(List.of()).segments());
        assertTrue(carried.withAnnotations(List.of()).annotations().isEmpty());
        assertFalse(new TextSegments(new int[] {0, 4}, new int[0], new int[0]).fit(3));
    }
}
