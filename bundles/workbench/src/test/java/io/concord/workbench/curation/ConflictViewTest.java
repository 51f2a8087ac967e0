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
}
