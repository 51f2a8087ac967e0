package io.concord.export.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.concord.annotator.segmenter.TextSegmenterService;
import io.concord.api.AnnotatedDocument;
import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import io.concord.api.text.TextSegmenter;
import io.concord.api.text.Word;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Place;
import io.concord.types.Sentence;
import io.concord.types.Token;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConllExporterTest {
    private static final TextSegmenterService SEGMENTER = new TextSegmenterService();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "null", textBlock = """
            person, null,     PER
            place,  city,     LOC
            figure, count,    CARDINAL
            figure, ratio,    CARDINAL
            figure, money,    MONEY
            figure, percent,  PERCENT
            figure, measure,  QUANTITY
            figure, duration, DATE
            figure, date,     DATE
            figure, null,     CARDINAL
            quote,  null,     null
            vessel, null,     null
            """)
    void labelsPeoplePlacesAndFiguresButNotQuotes(String type, String kind, String label) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (kind != null) {
            attributes.put("kind", kind);
        }
        assertEquals(label, new EntityLabels(true).label(new AnnotationRecord(type, 0, 1, "x", attributes)));
    }

    /** Annotations are given as {@code type[/kind]=text}, the first occurrence of the text (or the n-th, {@code text#n}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Ana Ruiz visited Porto.       | person=Ana Ruiz;place=Porto                  | O B-PER I-PER O B-LOC O
            Ana Ruiz Bo Lee met.                | person=Ana Ruiz;person=Bo Lee                | B-PER I-PER B-PER I-PER O O
            Paris Hilton arrived.               | place=Paris;person=Paris Hilton              | B-PER I-PER O O
            The Portoside market opened.        | place=Porto                                  | O B-LOC O O O
            Fares rose 12 percent in Lima.      | figure/percent=12 percent;place=Lima         | O O B-PERCENT I-PERCENT O B-LOC O
            Ruiz said Lima would wait.          | quote=Lima would wait;person=Ruiz;place=Lima | B-PER O B-LOC O O O
            Nobody came.                        | quote=Nobody came                            | O O O
            """)
    void tagsEachTokenOnceByPriority(String text, String annotations, String tags) throws IOException {
        List<String[]> lines = lines(conll(new ConllExporter(true, SEGMENTER), record(text, annotations)));
        assertEquals(tags, String.join(" ", lines.stream().map(l -> l[1]).toList()));
    }

    @Test
    void leavesFiguresOutWhenConfiguredForTheFourConllLabels() throws IOException {
        List<String[]> lines = lines(conll(new ConllExporter(false, SEGMENTER),
                record("Lima spent 5 million soles.", "place=Lima;figure/money=5 million soles")));
        assertEquals("B-LOC O O O O O", String.join(" ", lines.stream().map(l -> l[1]).toList()));
    }

    @Test
    void startsWithDocstartAndSeparatesSentencesByABlankLine() throws IOException {
        String out = conll(new ConllExporter(true, SEGMENTER), record("Ruiz left. Lee stayed.", "person=Ruiz;person=Lee"));
        assertEquals("-DOCSTART-\tO\n\nRuiz\tB-PER\nleft\tO\n.\tO\n\nLee\tB-PER\nstayed\tO\n.\tO\n\n", out);
    }

    @Test
    void writesWhiteSpaceInsideATokenAsUnderscore() {
        assertEquals("10_000", ConllWriter.column("10\u00a0000"));
        assertEquals("a_b_c", ConllWriter.column("a\u202fb\u0085c"));
        assertEquals("Porto", ConllWriter.column("Porto"));
    }

    @Test
    void readsTokensFromTheCasWithoutAskingTheSegmenter() throws Exception {
        // tokens no segmenter would make, so the output shows where they came from
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText("Porto wins");
        new Sentence(jcas, 0, 10).addToIndexes();
        new Token(jcas, 0, 3).addToIndexes();
        new Token(jcas, 3, 5).addToIndexes();
        new Token(jcas, 6, 10).addToIndexes();
        new Place(jcas, 0, 5).addToIndexes();
        TextSegmenter refuses = text -> {
            throw new AssertionError("the CAS has tokens; the segmenter must not be asked");
        };

        String out = conll(new ConllExporter(true, refuses), document(jcas, DocumentRecords.of(jcas, List.of())));

        assertEquals("-DOCSTART-\tO\n\nPor\tB-LOC\nto\tI-LOC\nwins\tO\n\n", out);
    }

    @Test
    void failsWithAReasonWhenNeitherTheCasNorASegmenterGivesTokens() {
        IOException e = assertThrows(IOException.class,
                () -> conll(new ConllExporter(true, null), record("Ruiz left.", "person=Ruiz")));
        assertTrue(e.getMessage().contains("segmenter"), e.getMessage());
    }

    /**
     * The round trip a user of the format makes: read the file as conlleval and seqeval do (columns split on
     * white space, the tag last, a chunk begins at B- or at an I- that does not continue the chunk before
     * it), find each token in the text in order, and compare. Between two tokens there is only white space,
     * so the tokens are the text's; the chunks are the annotations widened to whole tokens.
     */
    @Test
    void roundTripsTokensAndEntitySpansOfANewsText() throws IOException {
        String text = """
                Harbour strike ends 🎉 after 9 days

                LISBON — Dockers in Setúbal voted on Tuesday to end the strike, union leader Marta Quintela said.
                “Setúbal has waited long enough,” Quintela told reporters in Lisbon. The port lost €3.5 million
                a day, according to harbour master João Brito.
                """;
        String annotations = "figure/duration=9 days;place=LISBON;place=Setúbal;figure/date=Tuesday;person=Marta Quintela"
                + ";quote=Setúbal has waited long enough;place=Setúbal#2;person=Quintela#2;place=Lisbon"
                + ";figure/money=€3.5 million;person=João Brito";
        DocumentRecord record = records(text, annotations);

        ReadBack read = ReadBack.of(conll(new ConllExporter(true, SEGMENTER), document(null, record)), text);

        List<String> expectedTokens = SEGMENTER.segment(text).words().stream().map(Word::text).toList();
        assertEquals(expectedTokens, read.tokens);
        List<String> expected = new ArrayList<>();
        for (AnnotationRecord a : record.annotations()) {
            String label = new EntityLabels(true).label(a);
            if (label != null) {
                expected.add(label + " " + a.text());
            }
        }
        assertEquals(expected, read.chunks);
    }

    /** What a CoNLL reader gets from a file: the tokens, and the chunks as label and covered text. */
    private record ReadBack(List<String> tokens, List<String> chunks) {
        static ReadBack of(String conll, String text) {
            List<String> tokens = new ArrayList<>();
            List<String> chunks = new ArrayList<>();
            int cursor = 0;
            String type = null;
            int chunkBegin = -1;
            int chunkEnd = -1;
            for (String line : (conll + "\n").split("\n", -1)) {
                String[] columns = line.trim().split("\\s+");
                boolean boundary = line.isBlank() || columns[0].equals("-DOCSTART-");
                String tag = boundary ? "O" : columns[columns.length - 1];
                String tagType = tag.equals("O") ? null : tag.substring(2);
                boolean continues = tag.startsWith("I-") && tagType.equals(type);
                if (type != null && !continues) {
                    chunks.add(type + " " + text.substring(chunkBegin, chunkEnd));
                    type = null;
                }
                if (boundary) {
                    continue;
                }
                int at = text.indexOf(columns[0], cursor);
                assertTrue(at >= 0 && text.substring(cursor, at).isBlank(),
                        "token " + columns[0] + " does not follow the previous one in the text");
                cursor = at + columns[0].length();
                tokens.add(columns[0]);
                if (tagType != null && !continues) {
                    type = tagType;
                    chunkBegin = at;
                }
                chunkEnd = cursor;
            }
            return new ReadBack(tokens, chunks);
        }
    }

    private static List<String[]> lines(String conll) {
        return conll.lines().filter(l -> !l.isBlank() && !l.startsWith("-DOCSTART-")).map(l -> l.split("\t")).toList();
    }

    private static String conll(ConllExporter exporter, AnnotatedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.writeDocument(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AnnotatedDocument record(String text, String annotations) {
        return document(null, records(text, annotations));
    }

    static DocumentRecord records(String text, String annotations) {
        List<AnnotationRecord> list = new ArrayList<>();
        for (String spec : annotations.split(";")) {
            String[] typeAndText = spec.split("=", 2);
            String[] typeAndKind = typeAndText[0].split("/");
            String[] textAndNth = typeAndText[1].split("#");
            int at = -1;
            for (int n = textAndNth.length > 1 ? Integer.parseInt(textAndNth[1]) : 1; n > 0; n--) {
                at = text.indexOf(textAndNth[0], at + 1);
            }
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (typeAndKind.length > 1) {
                attributes.put("kind", typeAndKind[1]);
            }
            list.add(new AnnotationRecord(typeAndKind[0], at, at + textAndNth[0].length(), textAndNth[0], attributes));
        }
        list.sort((a, b) -> a.begin() != b.begin() ? a.begin() - b.begin() : b.end() - a.end());
        return new DocumentRecord("d", text, list, List.of());
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
