package io.concord.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --offsets codepoint} and {@code --with-text}: on reports with emoji, every offset of the JSON files
 * slices the text the way Python's string indices do, and the text travels in the file.
 */
class CodePointOffsetsIT {
    @TempDir
    static Path dir;
    static Distribution dist;
    static Path in;

    // two reports of one story; emoji before the annotations shift UTF-16 offsets but not code points
    private static final String FIRST = """
            Flood death toll rises \uD83C\uDF0A\uD83C\uDF0A

            Rescuers in Valencia said on Tuesday that 38 people had died \uD83D\uDE22 in the floods. "We are still \
            searching the villages," said Marta Quintanilla, the regional emergency director.
            """;
    private static final String SECOND = """
            \uD83D\uDEA8 Valencia floods: 31 dead

            Rescuers in Valencia said on Tuesday that 31 people had died in the floods. "We are still searching the \
            villages," said Marta Quintanilla, the regional emergency director.
            """;

    @BeforeAll
    static void prepare() throws Exception {
        dist = Distribution.copyTo(dir);
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("first.txt"), FIRST, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("second.txt"), SECOND, StandardCharsets.UTF_8);
    }

    private static int[] codePoints(String text) {
        return text.codePoints().toArray();
    }

    private static String slice(int[] codePoints, JsonObject span) {
        int begin = span.get("begin").getAsInt();
        return new String(codePoints, begin, span.get("end").getAsInt() - begin);
    }

    @Test
    void everyOffsetSlicesByCodePointsAndTheTextIsInTheFile() throws Exception {
        Path out = dir.resolve("out-cp");
        Distribution.Run run = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json",
                "--offsets", "codepoint", "--with-text", "--quiet");
        assertEquals(0, run.exitCode(), run.stderr());
        int spans = 0;
        for (String id : new String[] {"first", "second"}) {
            JsonObject file = Distribution.json(out.resolve(id + ".json"));
            JsonObject document = file.getAsJsonObject("document");
            String text = document.get("text").getAsString();
            assertEquals(Distribution.text(in.resolve(id + ".txt")), text);
            assertEquals("codepoint", document.get("offsets").getAsString());
            assertEquals(text.codePointCount(0, text.length()), document.get("length").getAsInt());
            int[] cps = codePoints(text);
            for (JsonElement e : file.getAsJsonArray("annotations")) {
                assertEquals(e.getAsJsonObject().get("text").getAsString(), slice(cps, e.getAsJsonObject()), id);
                spans++;
            }
        }
        assertTrue(spans >= 8, "people, places, figures and quotes of both reports: " + spans);

        JsonObject conflicts = Distribution.json(out.resolve("conflicts.json"));
        assertEquals("codepoint", conflicts.get("offsets").getAsString());
        assertTrue(conflicts.getAsJsonArray("conflicts").size() >= 1, conflicts.toString());
        for (String group : new String[] {"conflicts", "consistent"}) {
            for (JsonElement c : conflicts.getAsJsonArray(group)) {
                for (JsonElement claim : c.getAsJsonObject().getAsJsonArray("claims")) {
                    JsonObject cl = claim.getAsJsonObject();
                    String text = Distribution.text(in.resolve(cl.get("document").getAsString() + ".txt"));
                    assertEquals(cl.get("text").getAsString(), slice(codePoints(text), cl), cl.toString());
                }
            }
        }
    }

    @Test
    void utf16StaysTheDefaultAndAResumeWithOtherOffsetsWritesEveryDocumentAgain() throws Exception {
        Path out = dir.resolve("out-resume");
        assertEquals(0, dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json", "--quiet")
                .exitCode());
        JsonObject first = Distribution.json(out.resolve("first.json"));
        assertEquals("utf16", first.getAsJsonObject("document").get("offsets").getAsString());

        Distribution.Run again = dist.run("annotate", in.toString(), "--out", out.toString(), "--format", "json",
                "--offsets", "codepoint", "--resume", "--quiet");
        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stderr().contains("export options changed"), again.stderr());
        assertEquals("codepoint", Distribution.json(out.resolve("first.json")).getAsJsonObject("document")
                .get("offsets").getAsString());
    }

    @Test
    void anUnknownUnitIsAUsageErrorThatNamesTheKnownOnes() throws Exception {
        Distribution.Run run = dist.run("annotate", in.toString(), "--out", dir.resolve("out-bad").toString(),
                "--offsets", "bytes");
        assertEquals(2, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("unknown --offsets 'bytes' (utf16 or codepoint)"), run.stderr());
    }
}
