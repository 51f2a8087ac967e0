package io.concord.annotator.places;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SharedGazetteerTest {
    @Test
    void enginesOfOneSettingShareOneGazetteerAndAnotherSettingHasItsOwn() {
        // one copy per concurrent document's engine multiplied 33 MB by the number of threads
        assertSame(Gazetteer.shared(3000), Gazetteer.shared(3000));
        assertNotSame(Gazetteer.shared(3000), Gazetteer.shared(50_000));
    }
}
