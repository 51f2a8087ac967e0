package io.concord.conflicts.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteTextTest {
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            we will not give up an inch of land          | We will not give up an inch of land.                 | SAME
            an inch of land                              | we will not give up an inch of land                  | EXCERPT
            we will rebuild every school                 | every school and every hospital                      | EXCERPT
            we will rebuild every school                 | we will restore every school                         | REWORDED
            we will rebuild every school                 | we will rebuild every single school                  | EXTENDED
            a fair deal for farmers                      | the government has betrayed rural communities again  | PARAPHRASE
            we will rebuild ... and we will do it together | we will rebuild the town and we will do it together | EXCERPT
            we will rebuild … and we will do it together | we will rebuild the town and we will do it together   | EXCERPT
            [The council] has failed the people of this town | It has failed the people of this town               | EXCERPT
            it's a disaster for the farmers we've met    | it is a disaster for the farmers we have met        | SAME
            we won't sign a deal that hurts farmers      | we will not sign a deal that hurts farmers          | SAME
            the storm off the coast flattened every tent by noon | we could not have stayed longer even without the storm | PARAPHRASE
            """)
    void classifiesHowTwoVersionsRelate(String a, String b, QuoteText.Relation relation) {
        assertEquals(relation, QuoteText.relation(new QuoteText(a, TestViews.synonyms()), new QuoteText(b, TestViews.synonyms())));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            stop the bloodshed               | end the bloodshed                 | 1.0
            as often as required             | as frequently as needed           | 1.0
            a genuine chance for peace       | a real opportunity for peace      | 1.0
            prepared for a long fight        | ready for a long struggle         | 1.0
            protect our farmers              | raise taxes on imports            | 0.0
            """)
    void coversWordsThroughSynonyms(String a, String b, double coverage) {
        assertEquals(coverage, QuoteText.coverage(new QuoteText(a, TestViews.synonyms()), new QuoteText(b, TestViews.synonyms())), 1e-9);
    }

    @Test
    void noticesADroppedNegation() {
        assertTrue(QuoteText.negationDiffers(new QuoteText("we are not ready to sign", TestViews.synonyms()), new QuoteText("we are ready to sign", TestViews.synonyms())));
        assertFalse(QuoteText.negationDiffers(new QuoteText("we aren't ready", TestViews.synonyms()), new QuoteText("we are not ready", TestViews.synonyms())));
    }

    @Test
    void seesSynonymOnlyRewording() {
        assertTrue(QuoteText.synonymsOnly(new QuoteText("stop the bloodshed now", TestViews.synonyms()), new QuoteText("end the bloodshed now", TestViews.synonyms())));
        assertFalse(QuoteText.synonymsOnly(new QuoteText("stop the bloodshed now", TestViews.synonyms()), new QuoteText("stop the sanctions now", TestViews.synonyms())));
    }
}
