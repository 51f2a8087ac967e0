package io.concord.conflicts.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;

class QuoteRuleTest {
    private final QuoteRule rule = new QuoteRule(Configs.defaults(QuoteRule.Config.class), TestViews.views());

    private static List<Conflict> of(List<Conflict> all, String kind, boolean consistent) {
        return all.stream().filter(c -> c.kind().equals(kind) && c.consistent() == consistent).toList();
    }

    @Test
    void flagsARewordedQuoteWithItsWordDiff() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Mayor Anne Hidalgo said the city would “never abandon its bakers” after the fire.")
                        .person("Anne Hidalgo", "Anne Hidalgo", "Mayor").quote("never abandon its bakers", "Anne Hidalgo").build(),
                TestDocs.doc("b", "After the fire, Anne Hidalgo said Paris would “never desert its bakers”.")
                        .person("Anne Hidalgo", "Anne Hidalgo").quote("never desert its bakers", "Anne Hidalgo").build()));
        List<Conflict> quotes = of(rule.apply(story), "quote", false);
        assertEquals(1, quotes.size());
        Conflict c = quotes.get(0);
        assertEquals(2, c.claims().stream().map(Claim::version).distinct().count());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> diff = (List<Map<String, Object>>) c.details().get("diff");
        assertTrue(diff.contains(Map.of("op", "replace", "from", "abandon", "to", "desert")), diff.toString());
        assertEquals("low", c.severity());
    }

    @Test
    void flagsOnePartOfAQuoteThatAnotherReportSplitsInTwoAndRewords() {
        // the second report quotes the same answer in two parts: one is an excerpt, the other reverses it
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The skipper Ana Costa said: “We could have sailed faster without the fog, but today "
                        + "the title was enough.” She thanked the crew.")
                        .person("Ana Costa", "Ana Costa").quote("We could have sailed faster without the fog, but today "
                                + "the title was enough.", "Ana Costa").build(),
                TestDocs.doc("b", "“Today the title was enough,” Ana Costa said after the race. “We could not have sailed "
                        + "faster, even without the fog,” the skipper added.")
                        .person("Ana Costa", "Ana Costa").quote("Today the title was enough,", "Ana Costa")
                        .quote("We could not have sailed faster, even without the fog,", "Ana Costa").build()));
        List<Conflict> quotes = of(rule.apply(story), "quote", false);
        assertEquals(1, quotes.size(), quotes.toString());
        assertTrue(quotes.get(0).claims().stream().anyMatch(c -> c.text().startsWith("We could not")), quotes.toString());
        assertTrue(quotes.get(0).claims().stream().anyMatch(c -> c.text().startsWith("We could have")), quotes.toString());
        assertTrue(quotes.get(0).claims().stream().noneMatch(c -> c.text().startsWith("Today")), quotes.toString());
    }

    @Test
    void leavesTheTwoPartsOfAQuoteThatAnotherReportSplitsAlone() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The skipper Ana Costa said: “We could have sailed faster without the fog, but today "
                        + "the title was enough.” She thanked the crew.")
                        .person("Ana Costa", "Ana Costa").quote("We could have sailed faster without the fog, but today "
                                + "the title was enough.", "Ana Costa").build(),
                TestDocs.doc("b", "“Today the title was enough,” Ana Costa said after the race. “We could have sailed "
                        + "faster without the fog,” the skipper added.")
                        .person("Ana Costa", "Ana Costa").quote("Today the title was enough,", "Ana Costa")
                        .quote("We could have sailed faster without the fog,", "Ana Costa").build()));
        List<Conflict> out = rule.apply(story);
        assertTrue(of(out, "quote", false).isEmpty(), out.toString());
    }

    @Test
    void takesAnExcerptAsConsistent() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The minister called the plan “a reckless gamble with our children’s future”.")
                        .quote("a reckless gamble with our children’s future", "Rachel Reeves").build(),
                TestDocs.doc("b", "Rachel Reeves called it “a reckless gamble”.")
                        .person("Rachel Reeves", "Rachel Reeves").quote("a reckless gamble", "Rachel Reeves").build()));
        List<Conflict> out = rule.apply(story);
        assertTrue(of(out, "quote", false).isEmpty(), out.toString());
        assertEquals(1, of(out, "quote", true).size());
    }

    @Test
    void flagsTheSameWordsGivenToDifferentSpeakers() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "“We will not be intimidated,” said Interior Minister Nancy Faeser on Monday.")
                        .person("Nancy Faeser", "Nancy Faeser").quote("We will not be intimidated,", "Nancy Faeser").build(),
                TestDocs.doc("b", "“We will not be intimidated,” said Chancellor Olaf Scholz on Monday.")
                        .person("Olaf Scholz", "Olaf Scholz").quote("We will not be intimidated,", "Olaf Scholz").build()));
        List<Conflict> out = rule.apply(story);
        assertTrue(of(out, "quote", false).isEmpty());
        List<Conflict> attribution = of(out, "attribution", false);
        assertEquals(1, attribution.size());
        assertEquals(2, attribution.get(0).claims().stream().map(Claim::version).distinct().count());
    }

    @Test
    void matchesAQuoteWithoutSpeakerByItsContext() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Union leader Sharon Graham said the strike was “the only option left” for dock workers.")
                        .person("Sharon Graham", "Sharon Graham").quote("the only option left", null).build(),
                TestDocs.doc("b", "For dock workers the strike was “the only choice remaining”, union leader Sharon Graham said.")
                        .person("Sharon Graham", "Sharon Graham").quote("the only choice remaining", null).build()));
        assertEquals(1, of(rule.apply(story), "quote", false).size());
    }

    @Test
    void leavesDifferentStatementsAlone() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The coach said the team had “played with heart” in the final.")
                        .quote("played with heart", "Gareth Southgate").build(),
                TestDocs.doc("b", "The coach promised “changes at half-time” next season.")
                        .quote("changes at half-time", "Gareth Southgate").build()));
        assertTrue(rule.apply(story).isEmpty());
    }

    @Test
    void ratesADroppedNegationHigh() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The senator said she would “not support the bill in its current form”.")
                        .quote("not support the bill in its current form", "Susan Collins").build(),
                TestDocs.doc("b", "The senator said she would “support the bill in its current form”.")
                        .quote("support the bill in its current form", "Susan Collins").build()));
        List<Conflict> quotes = of(rule.apply(story), "quote", false);
        assertEquals(1, quotes.size(), rule.apply(story).toString());
        assertEquals("high", quotes.get(0).severity());
    }

    @Test
    void alignsAWordReplacedInTheSameFrameBySameSpeakerAndContext() {
        // "productive" and "constructive" share no WordNet sense; the same speaker, the same sentence around
        // the quote and the same words around the replaced one still make it one utterance, misquoted
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "After the meeting in Geneva, envoy Lena Marsh said the talks were “frank and productive”.")
                        .person("Lena Marsh", "Lena Marsh").quote("frank and productive", "Lena Marsh").build(),
                TestDocs.doc("b", "Envoy Lena Marsh said after the Geneva meeting that the talks were “frank and constructive”.")
                        .person("Lena Marsh", "Lena Marsh").quote("frank and constructive", "Lena Marsh").build()));
        List<Conflict> quotes = of(rule.apply(story), "quote", false);
        assertEquals(1, quotes.size(), rule.apply(story).toString());
    }

    @Test
    void needsAContentWordInCommonBesidesTheFrame() {
        // the same speaker and surroundings, but only function words shared: two remarks, not one misquoted
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "After the vote in Ottawa, minister Paul Okafor called the result “a test of the system”.")
                        .person("Paul Okafor", "Paul Okafor").quote("a test of the system", "Paul Okafor").build(),
                TestDocs.doc("b", "Minister Paul Okafor called the result of the Ottawa vote “a sign of the times”.")
                        .person("Paul Okafor", "Paul Okafor").quote("a sign of the times", "Paul Okafor").build()));
        assertTrue(of(rule.apply(story), "quote", false).isEmpty(), rule.apply(story).toString());
    }
    @Test
    void takesTwoReportsQuotingDifferentSentencesOfOneStatementAsConsistent() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "“The crew is safe and in good spirits. Our task now is to get each of them out "
                        + "before the weekend,” said rescue chief Ines Varga.")
                        .person("Ines Varga", "Ines Varga").quote("The crew is safe and in good spirits. Our task "
                                + "now is to get each of them out before the weekend,", "Ines Varga").build(),
                TestDocs.doc("b", "“The crew is safe and in good spirits,” Ines Varga told reporters.")
                        .person("Ines Varga", "Ines Varga").quote("The crew is safe and in good spirits,",
                                "Ines Varga").build(),
                TestDocs.doc("c", "Ines Varga said: “Our task now is to get each of them out before the weekend.”")
                        .person("Ines Varga", "Ines Varga").quote("Our task now is to get each of them out before the weekend.",
                                "Ines Varga").build()));
        List<Conflict> out = rule.apply(story);
        assertTrue(of(out, "quote", false).isEmpty(), out.toString());
    }

    @Test
    void leavesAnExcerptBothWordingsShareOutOfTheirDisagreement() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "“The gang had a plan for every minute. Nothing was left to chance,” said curator Ines Varga.")
                        .person("Ines Varga", "Ines Varga").quote("The gang had a plan for every minute. Nothing was left "
                                + "to chance,", "Ines Varga").build(),
                TestDocs.doc("b", "“The gang had a plan for every minute. None of it was left to chance,” Ines Varga said.")
                        .person("Ines Varga", "Ines Varga").quote("The gang had a plan for every minute. None of it was "
                                + "left to chance,", "Ines Varga").build(),
                TestDocs.doc("c", "“The gang had a plan for every minute,” said Ines Varga.")
                        .person("Ines Varga", "Ines Varga").quote("The gang had a plan for every minute,",
                                "Ines Varga").build()));
        List<Conflict> quotes = of(rule.apply(story), "quote", false);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(List.of("a", "b"), quotes.get(0).claims().stream().map(Claim::document).sorted().toList());
    }
}
