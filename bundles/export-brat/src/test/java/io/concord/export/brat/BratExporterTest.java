package io.concord.export.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.AnnotatedDocument;
import io.concord.api.DocumentRecords;
import io.concord.api.Exporter;
import io.concord.api.model.AnnotatedCollection;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.ConflictReport;
import io.concord.api.model.DocumentRecord;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Person;
import io.concord.types.Quote;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BratExporterTest {
    /** An emoji and a mathematical letter (two UTF-16 units each) before the annotations, CRLF line ends, a quote over two lines. */
    private static final String NEWS = "Ferry service resumes 🚢 on the 𝔸2 route\r\n\r\n"
            + "Ships left Piraeus on Monday, said port chief Eleni Varga.\r\n"
            + "“We lost 40 sailings,\r\nbut not one passenger,” Varga said.\r\n";

    @Test
    void roundTripsEveryAnnotationThroughTheTextAsBratReadsIt() throws IOException {
        DocumentRecord record = record(NEWS,
                "place=Piraeus", attrs("kind", "city", "canonical", "Piraeus"),
                "figure=Monday", attrs("kind", "date", "value", "XXXX-WXX-1"),
                "person=Eleni Varga", attrs("canonical", "Eleni Varga", "role", "port chief"),
                "quote=We lost 40 sailings,\r\nbut not one passenger,", attrs("speaker", "Eleni Varga", "cue", "said"),
                "figure=40", attrs("kind", "count", "value", 40L, "qualifier", "exact"),
                "person=Varga#2", attrs("canonical", "Eleni Varga"));

        String txt = write(new BratTextExporter(), document(null, record));
        Brat read = Brat.read(write(new BratExporter(), document(null, record)), txt);

        assertEquals(record.annotations().size(), read.spans.size());
        for (AnnotationRecord a : record.annotations()) {
            String id = read.idOf(a.type(), a.text().replace("\r\n", " "));
            assertNotNull(id, a.type() + " " + a.text() + " not read back");
        }
        String quote = read.idOf("quote", "We lost 40 sailings, but not one passenger,");
        assertEquals(2, read.spans.get(quote).size(), "a quote over two lines is two fragments");
        assertEquals("city", read.attributes.get(read.idOf("place", "Piraeus") + " Kind"));
        assertEquals("speaker: Eleni Varga; cue: said", read.notes.get(quote));
    }

    @Test
    void countsCodePointsNotUtf16UnitsAndOneCharacterForEachLineEnd() {
        BratText text = BratText.of("🚢 Piraeus\r\nand\rRhodes");
        assertEquals("🚢 Piraeus\nand\nRhodes", text.text());
        assertEquals(2, text.offset(3)); // Piraeus: after the emoji (2 units, 1 code point) and a space
        assertEquals(10, text.offset(12)); // and: after \r\n read as one \n
        assertEquals(14, text.offset(16)); // Rhodes: after a lone \r
        assertEquals(20, text.offset(22));
    }

    /** {@code /} stands for a line break in the text; spans are written as brat writes them. */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            one line       | 0 8
            first/second   | 0 5;6 12
            first  /  next | 0 5;10 14
            a//b           | 0 1;3 4
            ' / '          | ''
            """)
    void splitsSpansAtLineBreaksAndTrimsTheFragments(String shown, String spans) {
        String text = shown.replace('/', '\n');
        List<String> out = new ArrayList<>();
        for (int[] f : BratStandoff.fragments(text, 0, text.length())) {
            out.add(f[0] + " " + f[1]);
        }
        assertEquals(spans, String.join(";", out));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            person,       Person
            quote,        Quote
            vessel name,  Vessel_name
            event:strike, Event_strike
            """)
    void namesTypesAsBratAllows(String type, String name) {
        assertEquals(name, BratStandoff.typeName(type));
    }

    @Test
    void writesClosedListsAsAttributesAndTheRestAsANoteWithoutProvenance() throws IOException {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("kind", "money");
        figure.put("value", 3500000L);
        figure.put("unit", "EUR");
        figure.put("qualifier", "approx");
        figure.put("annotator", "figures");
        figure.put("confidence", 0.9);
        Map<String, Object> place = attrs("kind", "village", "canonical", "Oia");
        DocumentRecord record = record("About €3.5 million went to Oia.", "figure=€3.5 million", figure, "place=Oia", place);

        String ann = write(new BratExporter(), document(null, record));

        assertEquals("""
                T1\tFigure 6 18\t€3.5 million
                A1\tKind T1 money
                A2\tQualifier T1 approx
                #1\tAnnotatorNotes T1\tvalue: 3500000; unit: EUR
                T2\tPlace 27 30\tOia
                #2\tAnnotatorNotes T2\tkind: village; canonical: Oia
                """, ann);
    }

    @Test
    void linksAQuoteToTheMentionItsSpeakerWasFoundFrom() throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText("“Rates stay,” Ana Ruiz said.");
        Person p = new Person(jcas, 14, 22);
        p.setCanonical("Ana Ruiz");
        p.addToIndexes();
        Quote q = new Quote(jcas, 1, 11);
        q.setSpeaker("Ana Ruiz");
        q.setSpeakerMention(p);
        q.addToIndexes();

        Brat read = Brat.read(write(new BratExporter(), document(jcas, DocumentRecords.of(jcas, List.of()))),
                "“Rates stay,” Ana Ruiz said.");

        assertEquals(List.of("Speaker " + read.idOf("quote", "Rates stay") + " " + read.idOf("person", "Ana Ruiz")),
                read.relations);
    }

    @Test
    void declaresEveryTypeAndAttributeValueTheDocumentsUseInAnnotationConf() throws IOException {
        DocumentRecord record = record("The Aurora left Oia.", "vessel=Aurora", attrs(), "place=Oia", attrs("kind", "city"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BratExporter().writeCollection(new AnnotatedCollection(List.of(record), new ConflictReport(List.of(), List.of(), List.of())), out);
        String conf = out.toString(StandardCharsets.UTF_8);

        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : conf.split("\n")) {
            if (line.startsWith("[")) {
                current = new ArrayList<>();
                sections.put(line, current);
            } else if (current != null && !line.isBlank() && !line.startsWith("#")) {
                current.add(line);
            }
        }
        assertEquals(List.of("[entities]", "[relations]", "[events]", "[attributes]"), List.copyOf(sections.keySet()));
        assertEquals(List.of("Person", "Place", "Figure", "Quote", "Vessel"), sections.get("[entities]"));
        String kind = sections.get("[attributes]").stream().filter(l -> l.startsWith("Kind\t")).findFirst().orElseThrow();
        for (String v : BratStandoff.PLACE_KINDS) {
            assertTrue(kind.matches(".*Value:(.*\\|)?" + v + "(\\|.*)?"), v);
        }
        for (String v : BratStandoff.FIGURE_KINDS) {
            assertTrue(kind.matches(".*Value:(.*\\|)?" + v + "(\\|.*)?"), v);
        }
    }

    @Test
    void writesTheTextInUtf8WithoutAByteOrderMark() throws IOException {
        DocumentRecord record = new DocumentRecord("d", "Oia\r\n🚢", List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BratTextExporter().writeDocument(document(null, record), out);
        byte[] bytes = out.toByteArray();
        assertFalse(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF);
        assertEquals("Oia\n🚢", new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * A reader that follows brat's own rules (server/src/annotation.py): fields split on tabs, a text-bound's
     * spans {@code start end} separated by {@code ;}, offsets into the text as a sequence of code points,
     * the text column the fragments' texts joined by one space. It checks that column against the text for
     * every annotation, as brat does before it shows a document.
     */
    private static final class Brat {
        private static final Pattern ATTRIBUTE = Pattern.compile("(.+?) (.+?) (.+?)$");
        final Map<String, String> types = new LinkedHashMap<>();
        final Map<String, String> texts = new LinkedHashMap<>();
        final Map<String, List<int[]>> spans = new LinkedHashMap<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, String> notes = new LinkedHashMap<>();
        final List<String> relations = new ArrayList<>();

        static Brat read(String ann, String txt) {
            int[] codePoints = txt.codePoints().toArray();
            Brat b = new Brat();
            for (String line : ann.split("\n")) {
                String[] fields = line.split("\t", 3);
                String id = fields[0];
                switch (id.charAt(0)) {
                    case 'T' -> {
                        String[] typeAndSpans = fields[1].split(" ", 2);
                        List<int[]> spans = new ArrayList<>();
                        List<String> covered = new ArrayList<>();
                        for (String span : typeAndSpans[1].split(";")) {
                            String[] se = span.split(" ");
                            int s = Integer.parseInt(se[0]);
                            int e = Integer.parseInt(se[1]);
                            spans.add(new int[] {s, e});
                            covered.add(new String(codePoints, s, e - s));
                        }
                        assertEquals(fields[2], String.join(" ", covered), "text of " + id + " as sliced from the .txt");
                        b.types.put(id, typeAndSpans[0]);
                        b.texts.put(id, fields[2]);
                        b.spans.put(id, spans);
                    }
                    case 'A' -> {
                        Matcher m = ATTRIBUTE.matcher(fields[1]);
                        assertTrue(m.matches(), line);
                        b.attributes.put(m.group(2) + " " + m.group(1), m.group(3));
                    }
                    case '#' -> b.notes.put(fields[1].split(" ")[1], fields[2]);
                    case 'R' -> {
                        String[] parts = fields[1].split(" ");
                        b.relations.add(parts[0] + " " + parts[1].substring("Arg1:".length()) + " "
                                + parts[2].substring("Arg2:".length()));
                    }
                    default -> throw new AssertionError("brat does not know the line " + line);
                }
            }
            return b;
        }

        String idOf(String type, String text) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                if (e.getValue().equals(text) && types.get(e.getKey()).equals(BratStandoff.typeName(type))) {
                    return e.getKey();
                }
            }
            return null;
        }
    }

    private static String write(Exporter exporter, AnnotatedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.writeDocument(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Pairs of {@code type=text} (the n-th occurrence with {@code #n}) and the annotation's attributes. */
    private static DocumentRecord record(String text, Object... specs) {
        List<AnnotationRecord> list = new ArrayList<>();
        for (int i = 0; i < specs.length; i += 2) {
            String[] typeAndText = ((String) specs[i]).split("=", 2);
            String[] textAndNth = typeAndText[1].split("#");
            int at = -1;
            for (int n = textAndNth.length > 1 ? Integer.parseInt(textAndNth[1]) : 1; n > 0; n--) {
                at = text.indexOf(textAndNth[0], at + 1);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = (Map<String, Object>) specs[i + 1];
            list.add(new AnnotationRecord(typeAndText[0], at, at + textAndNth[0].length(), textAndNth[0], attributes));
        }
        list.sort((a, b) -> a.begin() != b.begin() ? a.begin() - b.begin() : b.end() - a.end());
        return new DocumentRecord("d", text, list, List.of());
    }

    /** Attributes in the order given, as the pipeline's records keep them. */
    private static Map<String, Object> attrs(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static AnnotatedDocument document(JCas jcas, DocumentRecord record) {
        return new AnnotatedDocument() {
            public String id() { return "d"; }
            public JCas jcas() { return jcas; }
            public DocumentRecord record() { return record; }
            public List<AnnotatorOutcome> outcomes() { return List.of(); }
        };
    }
}
