package io.concord.export.json.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/**
 * The reader of {@code concord.annotations/1} files on any bytes (docs/robustness.md): it throws nothing but
 * the {@link IOException} it documents, and what it accepts is a document of the format: every annotation
 * inside the text with {@code 0 <= begin <= end}, every number finite (JSON has no NaN or infinity), and the
 * record can be written and read back to the same record. In the build the committed inputs under
 * {@code ConcordJsonFuzzTestInputs/} run once each; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ConcordJsonFuzzTest {
    /** The text the offsets are into: as long as the file's {@code "length"} says (so that it gets past that check). */
    private static final Pattern LENGTH = Pattern.compile("\"length\"\\s*:\\s*(\\d{1,5})\\b");

    @FuzzTest(maxDuration = "60s")
    void readsOnlyDocumentsOfTheFormatAndFailsOnlyWithIOException(byte[] input) throws IOException {
        String json = new String(input, StandardCharsets.UTF_8);
        String text = textFor(json);
        DocumentRecord record;
        try {
            record = ConcordJson.readDocument(new StringReader(json), text);
        } catch (IOException e) {
            return; // the documented refusal
        }
        for (AnnotationRecord a : record.annotations()) {
            assertTrue(0 <= a.begin() && a.begin() <= a.end() && a.end() <= text.length(),
                    "annotation " + a.type() + " [" + a.begin() + ", " + a.end() + ") in a text of " + text.length());
            assertFinite(a.attributes().values(), "attributes of " + a.type());
        }
        StringWriter again = new StringWriter();
        ConcordJson.writeDocument(record, again);
        assertEquals(record, ConcordJson.readDocument(new StringReader(again.toString()), text), "read, written, read again");
    }

    private static void assertFinite(Collection<?> values, String where) {
        for (Object v : values) {
            if (v instanceof Double d) {
                assertTrue(Double.isFinite(d), where + ": " + d);
            } else if (v instanceof Map<?, ?> m) {
                assertFinite(m.values(), where);
            } else if (v instanceof Collection<?> c) {
                assertFinite(c, where);
            }
        }
    }

    private static String textFor(String json) {
        Matcher m = LENGTH.matcher(json);
        int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
        String sample = "Officials in Kiev said 40 homes were flooded. ";
        return sample.repeat(length / sample.length() + 1).substring(0, length);
    }
}
