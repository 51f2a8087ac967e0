package io.concord.export.brat;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.DocumentRecord;

/**
 * One document's annotations as a brat standoff {@code .ann} file:
 * <pre>
 * T1	Person 10 18	Ana Ruiz
 * #1	AnnotatorNotes T1	canonical: Ana Ruiz; role: mayor
 * T2	Place 31 36	Porto
 * A1	Kind T2 city
 * T3	Quote 40 50;51 62	first line second line
 * R1	Speaker Arg1:T3 Arg2:T1
 * </pre>
 * <ul>
 * <li>Entity types are the exchange types with a capital ({@code Person}, {@code Place}, {@code Figure},
 * {@code Quote}; another type the same way, characters brat does not allow in a type made {@code _}).</li>
 * <li>Offsets are code points into the text that {@link BratText} writes (see there).</li>
 * <li>A span that runs over a line break (a quote over two lines) is written as fragments, one per line,
 * {@code start end;start end}, each without the white space at its ends; the text column joins the
 * fragments' texts with one space, as brat does. A span that holds only white space is left out.</li>
 * <li>Closed lists become brat attributes, which brat shows and lets a curator change: a place's and a
 * figure's {@code Kind}, a figure's {@code Qualifier}. A value outside those lists goes to the note.</li>
 * <li>Everything else (canonical, role, value, unit, speaker, cue, ...) goes into one
 * {@code AnnotatorNotes} comment, {@code name: value; name: value}; the provenance fields (annotator,
 * version, confidence) are left out.</li>
 * <li>A quote's speaker is in its note, and also a {@code Speaker} relation from the quote to the person
 * mention it was resolved from when that mention is known (it is in the pipeline's CAS, not in a record).</li>
 * </ul>
 */
final class BratStandoff {
    /** A quote's span and the span of the person mention its speaker was resolved from (UTF-16). */
    record SpeakerLink(int quoteBegin, int quoteEnd, int personBegin, int personEnd) {}

    static final Set<String> PLACE_KINDS = Set.of("country", "city", "region", "continent", "water", "other");
    static final Set<String> FIGURE_KINDS = Set.of("count", "money", "percent", "measure", "duration", "ratio", "date");
    static final Set<String> QUALIFIERS = Set.of("exact", "approx", "over", "under", "at-least", "at-most");
    private static final Set<String> PROVENANCE = Set.of("annotator", "annotatorVersion", "confidence");

    private BratStandoff() {}

    static void write(DocumentRecord record, List<SpeakerLink> speakers, Writer out) throws IOException {
        String text = record.text() == null ? "" : record.text();
        BratText brat = BratText.of(text);
        Map<String, String> ids = new HashMap<>();
        int t = 0;
        int attribute = 0;
        int note = 0;
        for (AnnotationRecord a : record.annotations()) {
            if (a.begin() < 0 || a.end() > text.length() || a.begin() >= a.end()) {
                continue;
            }
            List<int[]> fragments = fragments(text, a.begin(), a.end());
            if (fragments.isEmpty()) {
                continue;
            }
            String id = "T" + ++t;
            ids.putIfAbsent(a.type() + ":" + a.begin() + ":" + a.end(), id);
            StringJoiner spans = new StringJoiner(";");
            StringJoiner covered = new StringJoiner(" ");
            for (int[] f : fragments) {
                spans.add(brat.offset(f[0]) + " " + brat.offset(f[1]));
                covered.add(text.substring(f[0], f[1]));
            }
            out.write(id + "\t" + typeName(a.type()) + " " + spans + "\t" + covered + "\n");
            Map<String, String> attributes = attributes(a);
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                out.write("A" + ++attribute + "\t" + e.getKey() + " " + id + " " + e.getValue() + "\n");
            }
            String notes = notes(a, attributes);
            if (!notes.isEmpty()) {
                out.write("#" + ++note + "\tAnnotatorNotes " + id + "\t" + notes + "\n");
            }
        }
        int relation = 0;
        for (SpeakerLink link : speakers) {
            String quote = ids.get("quote:" + link.quoteBegin() + ":" + link.quoteEnd());
            String person = ids.get("person:" + link.personBegin() + ":" + link.personEnd());
            if (quote != null && person != null) {
                out.write("R" + ++relation + "\tSpeaker Arg1:" + quote + " Arg2:" + person + "\n");
            }
        }
    }

    /** The parts of {@code [begin, end)} between line breaks, each trimmed of white space; none empty. */
    static List<int[]> fragments(String text, int begin, int end) {
        List<int[]> out = new ArrayList<>();
        int from = begin;
        for (int i = begin; i <= end; i++) {
            if (i == end || isLineBreak(text.charAt(i))) {
                int b = from;
                int e = i;
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
                while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (b < e) {
                    out.add(new int[] {b, e});
                }
                from = i + 1;
            }
        }
        return out;
    }

    /**
     * The characters at which Python's {@code str.splitlines} (and so brat, reading the {@code .ann} line by
     * line) ends a line: none may stand inside a line of the file.
     */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code person} -> {@code Person}; characters other than letters, digits, {@code _} and {@code -} -> {@code _}. */
    static String typeName(String type) {
        StringBuilder b = new StringBuilder(type.length());
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            boolean allowed = Character.isLetterOrDigit(c) || c == '_' || c == '-';
            b.append(!allowed ? '_' : i == 0 ? Character.toUpperCase(c) : c);
        }
        return b.isEmpty() ? "Entity" : b.toString();
    }

    /** The brat attributes of {@code a}, by attribute name, in the order they are written. */
    private static Map<String, String> attributes(AnnotationRecord a) {
        Map<String, String> out = new LinkedHashMap<>();
        // "" for a missing value: Set.of(...).contains(null) throws
        String kind = String.valueOf(a.attributes().getOrDefault("kind", ""));
        if (a.type().equals("place") && PLACE_KINDS.contains(kind)
                || a.type().equals("figure") && FIGURE_KINDS.contains(kind)) {
            out.put("Kind", kind);
        }
        String qualifier = String.valueOf(a.attributes().getOrDefault("qualifier", ""));
        if (a.type().equals("figure") && QUALIFIERS.contains(qualifier)) {
            out.put("Qualifier", qualifier);
        }
        return out;
    }

    private static String notes(AnnotationRecord a, Map<String, String> written) {
        StringJoiner notes = new StringJoiner("; ");
        for (Map.Entry<String, Object> e : a.attributes().entrySet()) {
            String name = e.getKey();
            boolean asAttribute = name.equals("kind") && written.containsKey("Kind")
                    || name.equals("qualifier") && written.containsKey("Qualifier");
            if (e.getValue() == null || PROVENANCE.contains(name) || asAttribute) {
                continue;
            }
            notes.add(name + ": " + oneLine(e.getValue().toString()));
        }
        return notes.toString();
    }

    /** A note is one line of the file, and its fields are split on tabs. */
    private static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '\t' || isLineBreak(c) ? ' ' : c);
        }
        return b.toString();
    }
}
