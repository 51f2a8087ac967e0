package io.concord.wordnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
    private static final Lexicon LOADED = Lexicon.load();

    /** The expression index is read from WordNet's files directly; it must hold what extJWNL's own reading finds. */
    @Test
    void knowsTheBeginningOfEveryExpressionThatExtJwnlLists() throws Exception {
        Lexicon lexicon = Lexicon.load();
        Dictionary dictionary = Dictionary.getDefaultResourceInstance();
        List<String> missed = new ArrayList<>();
        int expressions = 0;
        int longest = 1;
        for (POS pos : POS.getAllPOS()) {
            Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos);
            while (it.hasNext()) {
                String[] words = it.next().getLemma().split(" ");
                if (words.length < 2) {
                    continue;
                }
                expressions++;
                longest = Math.max(longest, words.length);
                if (!lexicon.mayBeginExpression(words[0], words[1])) {
                    missed.add(String.join(" ", words));
                }
            }
        }
        assertTrue(expressions > 60_000, "WordNet 3.1 has some 68,000 expressions of several words: " + expressions);
        assertEquals(List.of(), missed.subList(0, Math.min(20, missed.size())));
        assertEquals(longest, lexicon.longestExpression());
    }

    /**
     * Runs of words are tested against the expression index before the dictionary searches them: the test must
     * let through every inflected expression the dictionary finds, and the dictionary must find nothing for a run
     * the test turns away.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        carry on;true
        took part;true
        ran aground;true
        prime ministers;true
        attorneys general;true
        kicked the bucket;true
        the bucket;false
        ministers said;false
        ship ran;false
        """)
    void findsInflectedExpressionsAndSkipsRunsThatAreNone(String run, boolean listed) {
        assertEquals(listed, !LOADED.senses(run).isEmpty(), run);
    }
}
