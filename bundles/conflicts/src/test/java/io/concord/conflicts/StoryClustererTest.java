package io.concord.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.concord.api.model.DocumentRecord;
import io.concord.api.model.Story;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    static DocumentRecord strike(String id, String text) {
        return TestDocs.doc(id, text).person("Sharon Graham", "Sharon Graham").place("Felixstowe", "Felixstowe")
                .quote("the only option left", "Sharon Graham").build();
    }

    static DocumentRecord quake(String id, String text) {
        return TestDocs.doc(id, text).person("Recep Tayyip Erdogan", "Recep Tayyip Erdogan").place("Hatay", "Hatay")
                .place("Turkey", "Turkey").build();
    }

    @Test
    void groupsReportsOfOneStoryAndSeparatesAnother() {
        List<DocumentRecord> docs = List.of(
                strike("s1", "Dock workers at Felixstowe began a strike on Monday. Sharon Graham said it was "
                        + "“the only option left” after pay talks with the port failed."),
                quake("q1", "A powerful earthquake struck Hatay in southern Turkey, collapsing buildings. "
                        + "Recep Tayyip Erdogan promised to rebuild the province within a year."),
                strike("s2", "A strike by dock workers at Felixstowe port started Monday after pay talks failed; "
                        + "union chief Sharon Graham called it “the only option left”."),
                quake("q2", "Rescuers in Hatay pulled survivors from collapsed buildings after the earthquake in Turkey. "
                        + "Recep Tayyip Erdogan visited the province and promised rebuilding."));
        StoryClusterer.Result r = new StoryClusterer(TestViews.views(), 0.45, 200).cluster(docs);
        List<List<String>> stories = r.stories().stream().map(Story::documents)
                .map(d -> d.stream().map(DocumentRecord::id).sorted().toList()).toList();
        assertEquals(List.of(List.of("s1", "s2"), List.of("q1", "q2")), stories);
        assertEquals(2, r.infos().size());
    }

    @Test
    void leavesAnUnrelatedReportAlone() {
        List<DocumentRecord> docs = List.of(
                strike("s1", "Dock workers at Felixstowe began a strike on Monday over pay; Sharon Graham called it "
                        + "“the only option left”."),
                quake("q1", "A powerful earthquake struck Hatay in southern Turkey; Recep Tayyip Erdogan flew in."));
        assertEquals(2, new StoryClusterer(TestViews.views(), 0.45, 200).cluster(docs).stories().size());
    }
}
