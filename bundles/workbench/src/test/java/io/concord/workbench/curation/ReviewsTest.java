package io.concord.workbench.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.concord.workbench.store.Reviews;
import io.concord.workbench.store.StoreException;
import org.junit.jupiter.api.Test;

class ReviewsTest {
    @Test
    void aReviewFromAStaleVersionIsAConflictNotAnOverwrite() throws Exception {
        TestWorkspace ws = new TestWorkspace();
        ws.db.transaction(c -> Reviews.save(c, ws.project, "k1", "confirmed", "first", 0, "tab-1"));

        StoreException second = assertThrows(StoreException.class,
                () -> ws.db.transaction(c -> Reviews.save(c, ws.project, "k1", "dismissed", "second", 0, "tab-2")));
        assertEquals(409, second.status());
        StoreException noneYet = assertThrows(StoreException.class,
                () -> ws.db.transaction(c -> Reviews.save(c, ws.project, "k2", "dismissed", "x", 3, "tab-2")));
        assertEquals(409, noneYet.status());
        assertEquals("first", ws.db.transaction(c -> Reviews.ofProject(c, ws.project)).get("k1").note());
    }
}
