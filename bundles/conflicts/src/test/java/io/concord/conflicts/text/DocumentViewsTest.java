package io.concord.conflicts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import io.concord.api.model.DocumentRecord;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;

class DocumentViewsTest {
    @Test
    void readsTheTextOfExactCopiesOnceAndKeepsEachRecordsPeople() {
        String text = "Mayor Ines Talavera said the Harbour Road bridge will reopen on Friday.";
        DocumentRecord a = TestDocs.doc("a", text).person("Ines Talavera", "Ines Talavera").build();
        DocumentRecord b = TestDocs.doc("b", text).build();
        DocumentViews views = TestViews.views();
        DocumentView va = views.of(a);
        DocumentView vb = views.of(b);
        assertSame(va.tokens(), vb.tokens(), "the copy's words are not read again");
        assertEquals(1, va.entities().size());
        assertEquals(List.of(), vb.entities(), "the copy has its own (here no) people");
        assertEquals("b", vb.id());
    }

    @Test
    void readsTheAnnotatorsWordsFromARecordThatCarriesThemWithoutSegmentingAgain() {
        String text = "Mayor Ines Talavera said the bridge will reopen on Friday. Crews began work.";
        DocumentRecord plain = TestDocs.doc("a", text).build();
        DocumentRecord carried = new DocumentRecord("a", text, List.of(), List.of(),
                TestViews.SEGMENTER.segment(text).segments());
        DocumentViews refusing = new DocumentViews(t -> {
            throw new AssertionError("segmented again");
        }, TestViews.SENSES);

        DocumentView view = refusing.of(carried);

        assertEquals(TestViews.views().of(plain).tokens(), view.tokens());
        assertEquals(TestViews.views().of(plain).sentenceSpan(60, 61)[0], view.sentenceSpan(60, 61)[0]);
    }
}
