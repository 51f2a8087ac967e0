package io.concord.export.webanno;

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
import java.util.TreeMap;

import io.concord.annotator.segmenter.TextSegmenterService;
import io.concord.api.AnnotatedDocument;
import io.concord.api.DocumentRecords;
import io.concord.api.model.AnnotationRecord;
import io.concord.api.model.AnnotatorOutcome;
import io.concord.api.model.DocumentRecord;
import io.concord.api.text.Segmentation;
import io.concord.api.text.TextSegmenter;
import io.concord.api.text.Word;
import io.concord.types.ConcordTypeSystem;
import io.concord.types.Person;
import io.concord.types.Sentence;
import io.concord.types.Token;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebAnnoExporterTest {
    private static final TextSegmenterService SEGMENTER = new TextSegmenterService();

    @Test
    void writesTheHeaderTwoEmptyLinesAndOneRowPerTokenWithATrailingTab() throws IOException {
        String tsv = tsv(new WebAnnoExporter(SEGMENTER), document(null,
                records("Mayor Ana Ruiz visited Porto.", "person=Ana Ruiz;place=Porto")));
        assertEquals("""
                #FORMAT=WebAnno TSV 3.3
                #T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value


                #Text=Mayor Ana Ruiz visited Porto.
                1-1\t0-5\tMayor\t_\t_\t
                1-2\t6-9\tAna\t*[1]\tPER[1]\t
                1-3\t10-14\tRuiz\t*[1]\tPER[1]\t
                1-4\t15-22\tvisited\t_\t_\t
                1-5\t23-28\tPorto\t*\tLOC\t
                1-6\t28-29\t.\t_\t_\t
                """, tsv);
    }

    @Test
    void stacksOverlappingAnnotationsWithDisambiguationIds() throws IOException {
        String tsv = tsv(new WebAnnoExporter(SEGMENTER), document(null,
                records("Paris Hilton arrived.", "person=Paris Hilton;place=Paris")));
        assertTrue(tsv.contains("1-1\t0-5\tParis\t*[1]|*[2]\tPER[1]|LOC[2]\t\n1-2\t6-12\tHilton\t*[1]\tPER[1]\t\n"), tsv);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            PER,        PER
            a_b,        a\\_b
            x->y,       x\\->y
            [1]|2;3*\\, \\[1\\]\\|2\\;3\\*\\\\
            """)
    void escapesTheReservedCharactersOfValues(String value, String escaped) {
        assertEquals(escaped, TsvWriter.escapeValue(value));
    }

    @Test
    void escapesTextLinesAsInceptionDoes() {
        assertEquals("a\\tb\\rc\\\\d\\\u0001e", TsvWriter.escapeText("a\tb\rc\\d\u0001e"));
    }

    @Test
    void readsTokensFromTheCasWithoutAskingTheSegmenter() throws Exception {
        JCas jcas = CasCreationUtils.createCas(ConcordTypeSystem.description(), null, null).getJCas();
        jcas.setDocumentText("Ana Ruiz");
        new Sentence(jcas, 0, 8).addToIndexes();
        new Token(jcas, 0, 8).addToIndexes(); // one token no segmenter would make
        new Person(jcas, 0, 8).addToIndexes();
        TextSegmenter refuses = text -> {
            throw new AssertionError("the CAS has tokens; the segmenter must not be asked");
        };
        String tsv = tsv(new WebAnnoExporter(refuses), document(jcas, DocumentRecords.of(jcas, List.of())));
        assertTrue(tsv.endsWith("#Text=Ana Ruiz\n1-1\t0-8\tAna Ruiz\t*\tPER\t\n"), tsv);
    }

    @Test
    void failsWithAReasonWhenNeitherTheCasNorASegmenterGivesTokens() {
        IOException e = assertThrows(IOException.class,
                () -> tsv(new WebAnnoExporter(null), document(null, records("Ruiz left.", "person=Ruiz"))));
        assertTrue(e.getMessage().contains("segmenter"), e.getMessage());
    }

    /**
     * Reads the file back as INCEpTION's TSV 3.3 reader does: header, {@code #Text} lines unescaped and
     * joined by line breaks, token rows with UTF-16 offsets, stacked values split on an unescaped {@code |},
     * units with the same disambiguation id joined into one annotation. The tokens and sentences are the
     * text's (an emoji and a CRLF line break in a wrapped sentence included), and the annotations read back
     * are the document's, widened to whole tokens.
     */
    @Test
    void roundTripsTextAndAnnotationsThroughInceptionsReadingRules() throws IOException {
        String text = "Harbour strike ends 🎉 after 9 days\r\n\r\n"
                + "Dockers in Setúbal voted on Tuesday to end the strike, said the union\r\n"
                + "leader Marta Quintela. “Setúbal has waited long enough,” Quintela told reporters in Lisbon.\r\n";
        DocumentRecord record = records(text, "figure/duration=9 days;place=Setúbal;figure/date=Tuesday"
                + ";person=Marta Quintela;quote=Setúbal has waited long enough;place=Setúbal#2;person=Quintela#2;place=Lisbon");

        Read read = Read.of(tsv(new WebAnnoExporter(SEGMENTER), document(null, record)), text);

        Segmentation segmentation = SEGMENTER.segment(text);
        assertEquals(segmentation.words().stream().map(Word::text).toList(), read.tokens);
        assertTrue(read.sentences.stream().anyMatch(s -> s.contains("\r\n")), "a sentence over a line break");
        List<String> expected = new ArrayList<>();
        for (AnnotationRecord a : record.annotations()) {
            if (TsvWriter.label(a) != null) {
                expected.add(TsvWriter.label(a) + " " + a.begin() + "-" + a.end());
            }
        }
        assertEquals(expected, read.annotations);
    }

    /** What INCEpTION's reader takes from a file. */
    private record Read(List<String> tokens, List<String> sentences, List<String> annotations) {
        static Read of(String tsv, String text) {
            String[] lines = tsv.split("\n", -1);
            assertEquals("#FORMAT=WebAnno TSV 3.3", lines[0]);
            assertEquals("#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value", lines[1]);
            assertEquals("", lines[2]);
            List<String> tokens = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            Map<Integer, int[]> byId = new TreeMap<>();
            Map<Integer, String> labelOfId = new LinkedHashMap<>();
            List<String[]> single = new ArrayList<>();
            StringBuilder sentence = null;
            int sentenceBegin = -1;
            for (int i = 3; i < lines.length; i++) {
                String line = lines[i];
                if (line.isEmpty()) {
                    if (sentence != null) {
                        sentences.add(sentence.toString());
                    }
                    sentence = null;
                    continue;
                }
                if (line.startsWith("#Text=")) {
                    String part = unescapeText(line.substring("#Text=".length()));
                    sentence = sentence == null ? new StringBuilder(part) : sentence.append('\n').append(part);
                    sentenceBegin = -1;
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(6, f.length, "id, offsets, token, identifier, value and the trailing tab: " + line);
                int begin = Integer.parseInt(f[1].split("-")[0]);
                int end = Integer.parseInt(f[1].split("-")[1]);
                assertEquals(text.substring(begin, end), f[2], "UTF-16 offsets of " + f[0]);
                if (sentenceBegin < 0) {
                    sentenceBegin = begin;
                }
                assertEquals(text.substring(sentenceBegin, end), sentence.substring(0, end - sentenceBegin),
                        "the #Text of sentence " + f[0] + " is the text from its first token");
                tokens.add(f[2]);
                if (f[4].equals("_")) {
                    continue;
                }
                for (String value : f[4].split("(?<!\\\\)\\|")) {
                    int bracket = value.endsWith("]") ? value.lastIndexOf('[') : -1;
                    String label = unescapeValue(bracket < 0 ? value : value.substring(0, bracket));
                    if (bracket < 0) {
                        single.add(new String[] {label, begin + "-" + end});
                    } else {
                        int id = Integer.parseInt(value.substring(bracket + 1, value.length() - 1));
                        byId.merge(id, new int[] {begin, end}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                        labelOfId.put(id, label);
                    }
                }
            }
            List<int[]> order = new ArrayList<>();
            List<String> annotations = new ArrayList<>();
            for (String[] s : single) {
                String[] be = s[1].split("-");
                order.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1]), annotations.size()});
                annotations.add(s[0] + " " + s[1]);
            }
            byId.forEach((id, span) -> {
                order.add(new int[] {span[0], span[1], annotations.size()});
                annotations.add(labelOfId.get(id) + " " + span[0] + "-" + span[1]);
            });
            order.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]);
            return new Read(tokens, sentences, order.stream().map(o -> annotations.get(o[2])).toList());
        }

        private static String unescapeText(String s) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    b.append(switch (n) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'f' -> '\f';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        default -> n;
                    });
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }

        private static String unescapeValue(String s) {
            return s.replace("\\->", "->").replaceAll("\\\\(.)", "$1");
        }
    }

    private static String tsv(WebAnnoExporter exporter, AnnotatedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.writeDocument(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Annotations as {@code type[/kind]=text}, the first occurrence of the text (or the n-th, {@code text#n}). */
    private static DocumentRecord records(String text, String annotations) {
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
