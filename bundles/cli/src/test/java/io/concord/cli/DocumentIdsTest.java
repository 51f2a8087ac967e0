package io.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {
    private static Map<Path, String> ids(String... sources) {
        Map<Path, String> bySource = new LinkedHashMap<>();
        for (String s : sources) {
            bySource.put(Path.of("/in", s), s);
        }
        return DocumentIds.of(List.copyOf(bySource.keySet()), bySource);
    }

    @Test
    void aNameOfItsOwnIsTheId() {
        assertEquals(List.of("a", "b"), List.copyOf(ids("news/a.txt", "news/b.html").values()));
    }

    @Test
    void sharedNamesTakeTheirPathsBelowTheInputFolder() {
        assertEquals(List.of("monday__report", "tuesday__report", "other"),
                List.copyOf(ids("monday/report.txt", "tuesday/report.txt", "tuesday/other.txt").values()));
        assertEquals(List.of("2024__03__report", "2025__report"),
                List.copyOf(ids("news/2024/03/report.txt", "news/2025/report.txt").values()));
    }

    @Test
    void theSamePathTwiceStillGivesTwoIds() {
        Map<Path, String> bySource = new LinkedHashMap<>();
        bySource.put(Path.of("/a/x/r.txt"), "x/r.txt");
        bySource.put(Path.of("/b/x/r.txt"), "x/r.txt");
        assertEquals(List.of("x__r", "x__r-2"), List.copyOf(DocumentIds.of(List.copyOf(bySource.keySet()), bySource).values()));
    }
}
