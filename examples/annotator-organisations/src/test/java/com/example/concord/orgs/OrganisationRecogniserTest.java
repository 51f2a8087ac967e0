package com.example.concord.orgs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.concord.api.text.Segmentation;
import io.concord.api.text.Word;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule as a table: a sentence, and the organisations found in it as text/canonical/kind, joined by |. */
class OrganisationRecogniserTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "The Ministry of Health said on Monday that cases fell.; Ministry of Health/Ministry of Health/government",
            "Shares in Northwind Shipping Ltd fell 4%.; Northwind Shipping Ltd/Northwind Shipping Ltd/company",
            "The World Health Organization (WHO) warned of a surge. WHO officials agreed.; World Health Organization/World Health Organization/international|WHO/World Health Organization/international",
            "Bank of Ireland Governor Clara Moss spoke.; Bank of Ireland/Bank of Ireland/other",
            "Maria Lopez of the National Police said so.; National Police/National Police/government",
            "The European Commission fined Orbital Telecom AG.; European Commission/European Commission/international|Orbital Telecom AG/Orbital Telecom AG/company",
            "The Labour Party won the vote.; Labour Party/Labour Party/other",
            "Police said Lopez left Madrid on Tuesday.; ''",
            "Parliament voted on Friday.; ''",
    })
    void findsOrganisations(String text, String expected) {
        List<String> found = OrganisationRecogniser.find(segmented(text)).stream()
                .map(o -> text.substring(o.begin(), o.end()) + "/" + o.canonical() + "/" + o.kind()).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split("\\|")), found);
    }

    /** Words, numbers and single other characters; one sentence per full stop, as the segmenter roughly makes them. */
    static Segmentation segmented(String text) {
        List<Word> words = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}+|\\p{N}+|\\S").matcher(text);
        int sentenceBegin = 0;
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group(), Word.shapeOf(m.group())));
            if (m.group().equals(".")) {
                sentences.add(new int[] {sentenceBegin, m.end()});
                sentenceBegin = m.end();
            }
        }
        if (sentenceBegin < text.length()) {
            sentences.add(new int[] {sentenceBegin, text.length()});
        }
        return new Segmentation(text, words, sentences);
    }
}
