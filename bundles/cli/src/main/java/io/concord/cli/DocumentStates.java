package io.concord.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.concord.export.json.format.ConcordJson;

/**
 * Each document's state in this run, for {@code run.json}: annotated (with the hash of its text, which
 * {@code --resume} compares), kept from the earlier run, or failed.
 */
final class DocumentStates {
    static final String ANNOTATED = "annotated";
    static final String FAILED = "failed";

    private final Map<String, Map<String, Object>> states = new TreeMap<>();
    private int kept;

    synchronized void annotated(String id, String source, String textHash, boolean keptFromEarlierRun) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("source", source);
        s.put("state", ANNOTATED);
        s.put("sha256", textHash);
        if (keptFromEarlierRun) {
            s.put("resumed", true);
            kept++;
        }
        states.put(id, s);
    }

    synchronized void failed(String id, String source, String reason) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("source", source);
        s.put("state", FAILED);
        s.put("reason", reason);
        states.put(id, s);
    }

    /** The states so far, by document id. */
    synchronized List<Map<String, Object>> list() {
        return new ArrayList<>(states.values());
    }

    /** Documents kept from the earlier run. */
    synchronized int kept() {
        return kept;
    }

    /** The SHA-256 of a document's text (as read, after decoding), as the JSON files give it. */
    static String hash(String text) {
        return ConcordJson.sha256(text);
    }
}
