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

class LexiconTest {

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
}
