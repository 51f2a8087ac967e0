package io.concord.api.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TitleCaseLinesTest {
    private static final String TEXT = "Storm Floods Coastal Towns Overnight\nRivers rose after heavy rain fell on Tuesday.";

    /** Words at each run of letters or each other character but space: enough for the line test. */
    private static Segmentation segmented(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}+|[^\\s\\p{L}]").matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group(), Word.shapeOf(m.group())));
        }
        int line = text.indexOf('\n');
        return new Segmentation(text, words, List.of(new int[] {0, line}, new int[] {line + 1, text.length()}));
    }

    @Test
    void marksTheWordsOfATitleCaseLineOnly() {
        boolean[] byWord = TitleCaseLines.of(segmented(TEXT));
        boolean[] expected = new boolean[byWord.length];
        for (int w = 0; w < 5; w++) {
            expected[w] = true; // the headline's five words; the sentence below has words in lower case
        }
        assertArrayEquals(expected, byWord);
    }

    @Test
    void answersForTokensByTheirOffsetsInOrderOrNot() {
        Segmentation segmentation = segmented(TEXT);
        int storm = TEXT.indexOf("Storm");
        int inStorm = storm + 2; // a token of its own that starts inside a word ("orm")
        int rivers = TEXT.indexOf("Rivers");
        int tuesday = TEXT.indexOf("Tuesday");
        assertArrayEquals(new boolean[] {true, true, false, false},
                TitleCaseLines.atOffsets(segmentation, new int[] {storm, inStorm, rivers, tuesday}));
        assertArrayEquals(new boolean[] {false, true, false, true},
                TitleCaseLines.atOffsets(segmentation, new int[] {tuesday, TEXT.indexOf("Towns"), rivers, storm}));
    }
}
