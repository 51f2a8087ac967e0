package io.concord.export.webanno;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;

/**
 * WebAnno TSV 3.3 as INCEpTION writes and reads it (its user guide, "WebAnno TSV 3.3 File format", and
 * its {@code Tsv3XSerializer}): the header, two empty lines, then each sentence after an empty line as
 * {@code #Text=} lines and one row per token, {@code sentence-token<TAB>begin-end<TAB>token<TAB>} and a
 * column for each feature, each followed by a tab.
 * <ul>
 * <li>One layer, INCEpTION's built-in named entities ({@code NamedEntity|identifier|value}), so a document
 * imports into any INCEpTION project without setting up a layer. {@code value} is {@code PER}, {@code LOC}
 * or, for a figure, the OntoNotes label of its kind (the labels of the CoNLL export); {@code identifier}
 * (a knowledge-base IRI in INCEpTION) is left empty, {@code *}. Quotes and other types are not written:
 * the layer is for names.</li>
 * <li>Annotations may overlap: they are stacked on the tokens they share ({@code PER[1]|LOC[2]}), each
 * with a disambiguation id where it covers several tokens or shares one, as the format requires.</li>
 * <li>An annotation covers the whole tokens it overlaps (the format can mark parts of tokens only as
 * sub-tokens, which this writer does not make).</li>
 * <li>Offsets are UTF-16 code units, as the format defines them and as Concord counts them.</li>
 * <li>A sentence's {@code #Text} runs from its first token to its last; a line break in it starts another
 * {@code #Text} line, and a carriage return, tab, backslash or control character is escaped as INCEpTION
 * escapes them. Text between sentences is not in the format (INCEpTION pads it with spaces).</li>
 * </ul>
 */
final class TsvWriter {
    static final String HEADER = "#FORMAT=WebAnno TSV 3.3\n"
            + "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n";

    /** The CoNLL export's labels: OntoNotes 5 names a period a DATE and a fraction a CARDINAL. */
    private static final Map<String, String> FIGURE_KINDS = Map.of(
            "count", "CARDINAL",
            "ratio", "CARDINAL",
            "money", "MONEY",
            "percent", "PERCENT",
            "measure", "QUANTITY",
            "duration", "DATE",
            "date", "DATE");

    private TsvWriter() {}

    /** The entity label of {@code a}, or null when it is not written. */
    static String label(AnnotationRecord a) {
        return switch (a.type()) {
            case "person" -> "PER";
            case "place" -> "LOC";
            case "figure" -> FIGURE_KINDS.getOrDefault(String.valueOf(a.string("kind")), "CARDINAL");
            default -> null;
        };
    }

    static void write(Segmentation segmentation, List<AnnotationRecord> annotations, Writer out) throws IOException {
        String text = segmentation.text();
        List<Word> words = segmentation.words();
        // which annotations lie on each token, in document order
        List<List<Integer>> onWord = new ArrayList<>(words.size());
        for (int w = 0; w < words.size(); w++) {
            onWord.add(new ArrayList<>(1));
        }
        List<AnnotationRecord> written = new ArrayList<>();
        List<int[]> units = new ArrayList<>();
        for (AnnotationRecord a : annotations) {
            if (label(a) == null || a.begin() >= a.end()) {
                continue;
            }
            int first = segmentation.wordAt(a.begin());
            int last = first;
            while (last < words.size() && words.get(last).begin() < a.end()) {
                onWord.get(last).add(written.size());
                last++;
            }
            if (first < last) {
                written.add(a);
                units.add(new int[] {first, last});
            }
        }
        Map<Integer, Integer> ids = new HashMap<>();
        for (int i = 0; i < written.size(); i++) {
            int[] u = units.get(i);
            boolean needsId = u[1] - u[0] > 1;
            for (int w = u[0]; w < u[1] && !needsId; w++) {
                needsId = onWord.get(w).size() > 1;
            }
            if (needsId) {
                ids.put(i, ids.size() + 1);
            }
        }

        out.write(HEADER);
        out.write("\n");
        int sentenceNumber = 0;
        for (int s = 0; s < segmentation.sentenceCount(); s++) {
            int from = segmentation.firstWord(s);
            int to = segmentation.firstWord(s + 1);
            if (from == to) {
                continue;
            }
            sentenceNumber++;
            out.write("\n");
            for (String line : text.substring(words.get(from).begin(), words.get(to - 1).end()).split("\n", -1)) {
                out.write("#Text=" + escapeText(line) + "\n");
            }
            for (int w = from; w < to; w++) {
                Word word = words.get(w);
                StringBuilder identifier = new StringBuilder();
                StringBuilder value = new StringBuilder();
                for (int i : onWord.get(w)) {
                    String id = ids.containsKey(i) ? "[" + ids.get(i) + "]" : "";
                    identifier.append(identifier.isEmpty() ? "" : "|").append('*').append(id);
                    value.append(value.isEmpty() ? "" : "|").append(escapeValue(label(written.get(i)))).append(id);
                }
                out.write(sentenceNumber + "-" + (w - from + 1) + "\t" + word.begin() + "-" + word.end() + "\t"
                        + word.text() + "\t" + (identifier.isEmpty() ? "_" : identifier) + "\t"
                        + (value.isEmpty() ? "_" : value) + "\t\n");
            }
        }
    }

    /** A feature value: the format's reserved characters after a backslash ({@code ->} as one unit). */
    static String escapeValue(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '-' && i + 1 < value.length() && value.charAt(i + 1) == '>') {
                b.append("\\->");
                i++;
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else {
                if ("\\[]|_;*".indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A {@code #Text} line as INCEpTION escapes it (TSV 3.2 and later): readable escapes, other controls after a backslash. */
    static String escapeText(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\f' -> b.append("\\f");
                case '\r' -> b.append("\\r");
                case '\b' -> b.append("\\b");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 8 || c > 13 && c < 32) {
                        b.append('\\');
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
