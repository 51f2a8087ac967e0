package io.concord.workbench.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import io.concord.annotator.segmenter.TextSegmenterService;
import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import org.junit.jupiter.api.Test;

class ConflictViewTest {
    @Test
    void theKeyIgnoresClaimOrderButNotSpansOrKind() {
        Claim a = new Claim("1", 10, 20, "x", "A");
        Claim b = new Claim("2", 30, 40, "y", "B");
        String key = ConflictView.key(new Conflict("figure", "s", "high", false, List.of(a, b), Map.of()));
        assertEquals(key, ConflictView.key(new Conflict("figure", "other words", "low", false, List.of(b, a), Map.of())));
        assertNotEquals(key, ConflictView.key(new Conflict("quote", "s", "high", false, List.of(a, b), Map.of())));
        assertNotEquals(key, ConflictView.key(new Conflict("figure", "s", "high", false, List.of(a, new Claim("2", 30, 41, "y", "B")), Map.of())));
    }

    @Test
    void contextIsTheSentenceAroundTheClaim() {
        String text = "First one. The toll rose to 41 on Monday. \"It is grim,\" he said. Last.";
        int begin = text.indexOf("41");
        Map<String, Object> ctx = ConflictView.context(new TextSegmenterService().segment(text), begin, begin + 2);
        assertEquals("The toll rose to 41 on Monday.", ctx.get("text"));
    }

    @Test
    void marksTheWordsAClaimDoesNotShareWithTheOtherVersion() {
        List<Claim> claims = List.of(new Claim("1", 0, 24, "we will end this war now", "A"),
                new Claim("2", 5, 22, "we end the War now", "B"), new Claim("3", 0, 24, "we will end this war now", "A"));
        TextSegmenterService segmenter = new TextSegmenterService();
        assertEquals(List.of("will", "this"), spans(claims.get(0).text(), ConflictView.changed(claims, 0, segmenter)));
        assertEquals(List.of("the"), spans(claims.get(1).text(), ConflictView.changed(claims, 1, segmenter)),
                "case does not count");
        assertEquals(List.of(), ConflictView.changed(claims, 1, null), "no segmenter, nothing marked");
    }

    private static List<String> spans(String text, List<int[]> spans) {
        return spans.stream().map(s -> text.substring(s[0], s[1])).toList();
    }
}
