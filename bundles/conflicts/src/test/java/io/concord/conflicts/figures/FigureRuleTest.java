package io.concord.conflicts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;

class FigureRuleTest {
    private final FigureRule rule = new FigureRule(Configs.defaults(FigureRule.Config.class), TestViews.views());

    private static TestDocs flood(String id, String text) {
        return TestDocs.doc(id, text).place("Valencia", "Valencia").person("Carlos Mazón", "Carlos Mazón");
    }

    @Test
    void flagsDifferentDeathTollsForTheSameFlood() {
        Story story = new Story("s", List.of(
                flood("a", "Flash floods around Valencia killed 62 people, regional leader Carlos Mazón said. "
                        + "About 1,200 homes were damaged.")
                        .figure("62", "count", 62L, null, "exact").figure("1,200", "count", 1200L, null, "approx").build(),
                flood("b", "The floods around Valencia killed 95 people, according to Carlos Mazón. "
                        + "Some 1,200 homes were damaged.")
                        .figure("95", "count", 95L, null, "exact").figure("1,200", "count", 1200L, null, "approx").build()));
        List<Conflict> out = rule.apply(story);
        List<Conflict> conflicts = out.stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, conflicts.size(), out.toString());
        Conflict c = conflicts.get(0);
        assertEquals("figure", c.kind());
        assertEquals("high", c.severity());
        assertEquals(List.of("62", "95"), c.claims().stream().map(cl -> cl.text()).sorted().toList());
        assertTrue(c.summary().contains("killed") || c.summary().contains("people"), c.summary());
    }

    /** A report's other percentage of the same value (an old forecast) is another statement, not a restatement. */
    @Test
    void aHeadlineRestatingTheBodysFigureLeavesTheDisagreementToTheBody() {
        // a headline compresses its story: its words sit closer to the other report's than the body's do, but the
        // report's statement is the body's, with its sentence
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Ex-mayor jailed for nine years over bridge contract\n\nLYON, May 3 (AFP) - A French court on "
                                + "Monday sentenced the former mayor of a small town to nine years in prison for fraud linked to a "
                                + "bridge contract, prosecutors said.\n\nThe former mayor denied any wrongdoing.")
                        .figure("nine years", "duration", 9L, "year", "exact").figure("nine years", "duration", 9L, "year", "exact")
                        .build(),
                TestDocs.doc("b", "Former mayor gets seven years for bridge fraud\n\nA former mayor was jailed for seven years "
                                + "by a court in Lyon on May 3 after being found guilty of fraud over a bridge contract.\n\n"
                                + "His lawyer said he would appeal.")
                        .figure("seven years", "duration", 7L, "year", "exact").figure("seven years", "duration", 7L, "year", "exact")
                        .build()));

        List<Conflict> conflicts = rule.apply(story).stream().filter(c -> !c.consistent()).toList();

        assertEquals(1, conflicts.size(), conflicts.toString());
        String a = story.documents().get(0).text();
        String b = story.documents().get(1).text();
        assertEquals(List.of("a@" + a.lastIndexOf("nine years"), "b@" + b.lastIndexOf("seven years")),
                conflicts.get(0).claims().stream().map(c -> c.document() + "@" + c.begin()).sorted().toList());
    }

    @Test
    void comparesTheAgesTwoReportsGiveOnePersonWhateverTheWordsAround() {
        // an age hangs on its person: "the 22-year-old" of the sentence after the name, "X, aged 23" in another
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Ana Ruiz won the mountain race on Sunday, ahead of Eva Lund. The 22-year-old had led "
                                + "since the sixth stage.")
                        .person("Ana Ruiz", "Ana Ruiz").person("Eva Lund", "Eva Lund")
                        .figure("22-year-old", "duration", 22L, "year", "exact").build(),
                TestDocs.doc("b", "Crowds lined the last climb. Ana Ruiz, aged 23, rode through it alone.")
                        .person("Ana Ruiz", "Ana Ruiz").figure("23", "count", 23L, null, "exact").build()));

        List<Conflict> conflicts = rule.apply(story).stream().filter(c -> !c.consistent()).toList();

        assertEquals(1, conflicts.size(), conflicts.toString());
    }

    @Test
    void takesTheAgeInAnAppositionAfterTheNameAsThePersons() {
        // "X, the 51-year-old retired nurse" and "X, aged 54" age one person, whatever else the sentences say
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The youngest of the crew, Siri Dahl, aged 24, rows at night. \"We pull together,\" "
                                + "says Lina Holm, the 51-year-old retired nurse who steers the boat.")
                        .person("Siri Dahl", "Siri Dahl").figure("24", "count", 24L, null, "exact")
                        .person("Lina Holm", "Lina Holm").figure("51-year-old", "duration", 51L, "year", "exact").build(),
                TestDocs.doc("b", "The crew set off from the Canary Islands in January. Its skipper, Lina Holm, aged 54, "
                                + "has crossed twice before. Siri Dahl, 24, is the youngest.")
                        .person("Lina Holm", "Lina Holm").figure("54", "count", 54L, null, "exact")
                        .person("Siri Dahl", "Siri Dahl").figure("24", "count", 24L, null, "exact").build()));

        List<Conflict> conflicts = rule.apply(story).stream().filter(c -> !c.consistent()).toList();

        assertEquals(1, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(0).summary().contains("51") && conflicts.get(0).summary().contains("54"),
                conflicts.toString());
    }

    @Test
    void leavesTheAgesOfTwoPeopleApart() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Ana Ruiz won the mountain race on Sunday. The 22-year-old had led since the sixth stage.")
                        .person("Ana Ruiz", "Ana Ruiz").figure("22-year-old", "count", 22L, null, "exact").build(),
                TestDocs.doc("b", "Crowds lined the last climb. Eva Lund, aged 23, rode through it alone.")
                        .person("Eva Lund", "Eva Lund").figure("23", "count", 23L, null, "exact").build()));

        assertTrue(rule.apply(story).stream().noneMatch(c -> !c.consistent()), rule.apply(story).toString());
    }

    @Test
    void leavesATimeAgoToTheDates() {
        // "14 years ago" names when something happened, not an amount of time: two reports that disagree on it
        // disagree on a date
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The lake town was last flooded 14 years ago, when the dam gave way after a storm.")
                        .figure("14 years", "duration", 14L, "year", "exact").build(),
                TestDocs.doc("b", "Residents still remember the flood 16 years ago, when the dam gave way after a storm.")
                        .figure("16 years", "duration", 16L, "year", "exact").build()));

        assertTrue(rule.apply(story).stream().noneMatch(c -> !c.consistent()), rule.apply(story).toString());
    }

    @Test
    void leavesAnotherStatementOfTheSameValueOutOfTheDisagreement() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Shipments abroad fell 6.2% in May from a year earlier. The agency cut its outlook for "
                                + "inflation to 1.8% from 2.4%.")
                        .add("figure", "6.2%", "kind", "percent", "value", 6.2, "unit", "%", "qualifier", "exact",
                                "measured", "shipments")
                        .figure("1.8%", "percent", 1.8, "%", "exact").figure("2.4%", "percent", 2.4, "%", "exact").build(),
                TestDocs.doc("b", "Shipments abroad fell 2.4 percent in May from a year earlier. The agency cut its outlook "
                                + "for inflation to 1.8 percent from 2.4 percent.")
                        .add("figure", "2.4 percent", "kind", "percent", "value", 2.4, "unit", "%", "qualifier", "exact",
                                "measured", "shipments")
                        .figure("1.8 percent", "percent", 1.8, "%", "exact").figure("2.4 percent", "percent", 2.4, "%", "exact")
                        .build()));
        List<Conflict> conflicts = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(List.of("a:6.2%", "b:2.4 percent@22"), conflicts.get(0).claims().stream()
                .map(cl -> cl.document() + ":" + cl.text() + (cl.document().equals("b") ? "@" + cl.begin() : "")).sorted().toList());
    }

    @Test
    void takesTheSameAreaInOtherUnitsAsConsistent() {
        Story story = new Story("s", List.of(
                flood("a", "Around Valencia the water covered 40 square miles of farmland, Carlos Mazón said.")
                        .figure("40 square miles", "measure", 40L, "mi2", "exact").build(),
                flood("b", "Around Valencia the water covered about 104 sq km of farmland, Carlos Mazón said.")
                        .figure("104 sq km", "measure", 104L, "km2", "approx").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).consistent());
    }

    @Test
    void takesSynonymousMeasuredNounsAsOneThing() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "A wildfire near Coimbra has burned 12,000 hectares of forest since Monday.")
                        .add("place", "Coimbra", "canonical", "Coimbra", "kind", "city")
                        .add("figure", "12,000 hectares", "kind", "measure", "value", 12000L, "unit", "ha",
                                "qualifier", "exact", "measured", "forest").build(),
                TestDocs.doc("b", "The wildfire near Coimbra has destroyed 21,000 hectares of woodland since Monday.")
                        .add("place", "Coimbra", "canonical", "Coimbra", "kind", "city")
                        .add("figure", "21,000 hectares", "kind", "measure", "value", 21000L, "unit", "ha",
                                "qualifier", "exact", "measured", "woodland").build()));
        List<Conflict> out = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, out.size(), out.toString());
    }

    @Test
    void doesNotCompareFiguresThatCountDifferentThings() {
        Story story = new Story("s", List.of(
                flood("a", "Near Valencia 12 schools were closed on Tuesday, Carlos Mazón said.")
                        .figure("12", "count", 12L, null, "exact").build(),
                flood("b", "Near Valencia 30 bridges were destroyed, Carlos Mazón said.")
                        .figure("30", "count", 30L, null, "exact").build()));
        assertTrue(rule.apply(story).stream().noneMatch(c -> !c.consistent()));
    }

    @Test
    void pairsDeathsWithDeathsAndInjuriesWithInjuries() {
        Story story = new Story("s", List.of(
                flood("a", "In Valencia the collapse killed 12 people and injured 20, Carlos Mazón said.")
                        .figure("12", "count", 12L, null, "exact").figure("20", "count", 20L, null, "exact").build(),
                flood("b", "In Valencia the collapse injured 20 people and killed 12, Carlos Mazón said.")
                        .figure("20", "count", 20L, null, "exact").figure("12", "count", 12L, null, "exact").build()));
        assertTrue(rule.apply(story).stream().allMatch(Conflict::consistent), rule.apply(story).toString());
        assertEquals(Set.of(List.of("12", "a dozen"), List.of("20", "twenty")), rule.apply(new Story("s2", List.of(
                flood("a", "In Valencia the collapse killed 12 people and injured 20, Carlos Mazón said.")
                        .figure("12", "count", 12L, null, "exact").figure("20", "count", 20L, null, "exact").build(),
                flood("b", "In Valencia the collapse injured twenty people and killed a dozen, Carlos Mazón told reporters.")
                        .figure("twenty", "count", 20L, null, "exact").figure("a dozen", "count", 12L, null, "exact")
                        .build())))
                .stream().map(c -> c.claims().stream().map(cl -> cl.text()).toList()).collect(Collectors.toSet()));
    }

    @Test
    void usesTheMeasuredAttributeWhenAnnotatorsGiveIt() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Officials said 300 were evacuated and 40 were injured.")
                        .add("figure", "300", "kind", "count", "value", 300L, "qualifier", "exact", "measured", "evacuees")
                        .add("figure", "40", "kind", "count", "value", 40L, "qualifier", "exact", "measured", "injured").build(),
                TestDocs.doc("b", "Officials said 45 were injured.")
                        .add("figure", "45", "kind", "count", "value", 45L, "qualifier", "exact", "measured", "injured").build()));
        List<Conflict> conflicts = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, conflicts.size());
        assertEquals(List.of("40", "45"), conflicts.get(0).claims().stream().map(cl -> cl.text()).sorted().toList());
    }

    @Test
    void letsTheOutcomeVouchForDifferentlyWordedMeasures() {
        Story story = new Story("s", List.of(
                flood("a", "In Valencia the floods killed 62 people, Carlos Mazón said.")
                        .add("figure", "62", "kind", "count", "value", 62L, "qualifier", "exact", "measured", "people killed")
                        .build(),
                flood("b", "In Valencia the floods have killed 95, Carlos Mazón said.")
                        .add("figure", "95", "kind", "count", "value", 95L, "qualifier", "exact", "measured", "deaths")
                        .build()));
        assertEquals(1, rule.apply(story).stream().filter(c -> !c.consistent()).count());
    }

    @Test
    void reportsHedgeOnlyDifferencesOnlyWhenConfigured() {
        Story story = new Story("s", List.of(
                flood("a", "Near Valencia at least 6,000 people were evacuated, Carlos Mazón said.")
                        .figure("6,000", "count", 6000L, null, "at-least").build(),
                flood("b", "Near Valencia around 6,000 people were evacuated, Carlos Mazón said.")
                        .figure("6,000", "count", 6000L, null, "approx").build()));
        assertTrue(rule.apply(story).stream().allMatch(Conflict::consistent));
        FigureRule strict = new FigureRule(Configs.of(FigureRule.Config.class, Map.of("flagQualifierDifferences", true)),
                TestViews.views());
        List<Conflict> out = strict.apply(story);
        assertFalse(out.get(0).consistent());
        assertEquals("low", out.get(0).severity());
    }
    @Test
    void twoValuesThatBothReportsStateAreNoDisagreement() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The two parties won a combined 87 of the 150 seats in the assembly in March.")
                        .figure("87", "count", 87L, null, "exact")
                        .add("figure", "150", "kind", "count", "value", 150L, "unit", null, "qualifier", "exact",
                                "measured", "seats").build(),
                TestDocs.doc("b", "Together the parties hold 87 seats in the 150-member assembly after the vote.")
                        .add("figure", "87", "kind", "count", "value", 87L, "unit", null, "qualifier", "exact",
                                "measured", "seats")
                        .figure("150", "count", 150L, null, "exact").build()));
        assertTrue(rule.apply(story).stream().noneMatch(c -> !c.consistent()), rule.apply(story).toString());
    }

    @Test
    void comparesTheOneSumOfMoneyOfEachReport() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Dairy maker Nordmelk said on Monday it had agreed to buy the Danish cheese maker "
                        + "Ostegaard for $310 million, adding six plants.")
                        .figure("$310 million", "money", 310_000_000L, "USD", "exact").build(),
                TestDocs.doc("b", "Nordmelk is buying Ostegaard in a deal worth $380 million, the Norwegian group "
                        + "announced.")
                        .figure("$380 million", "money", 380_000_000L, "USD", "exact").build()));
        List<Conflict> out = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, out.size(), rule.apply(story).toString());
    }
    @Test
    void pairsTwoTollsOfTheDeadHoweverEachReportWordsThem() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Mudslides buried a hillside village in Sulawesi, and rescuers said 31 people were killed.")
                        .figure("31", "count", 31L, null, "exact").build(),
                TestDocs.doc("b", "The death toll rose to 26 on Sunday, officials in the north of the island reported.")
                        .add("figure", "26", "kind", "count", "value", 26L, "unit", null, "qualifier", "exact",
                                "measured", "toll").build()));
        List<Conflict> out = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, out.size(), rule.apply(story).toString());
    }

    @Test
    void comparesTheOneMassOfEachReport() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The rocket carried the Borealis weather satellite, which weighs 980 kg, into orbit.")
                        .figure("980 kg", "measure", 980L, "kg", "exact").build(),
                TestDocs.doc("b", "Engineers in Toulouse built Borealis, a 1.2-tonne craft, for the agency.")
                        .figure("1.2-tonne", "measure", 1.2, "t", "exact").build()));
        List<Conflict> out = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, out.size(), rule.apply(story).toString());
    }

    @Test
    void aValueThatOnlyAgreesWithTheOthersIsNoCrossing() {
        // each report gives both figures, but 18.2 only rounds to 18: the rises still disagree (18 vs 13)
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Nordbank said its profit rose 18% in the quarter; its capital ratio stood at 13%.")
                        .add("figure", "18%", "kind", "percent", "value", 18L, "unit", null, "qualifier", "exact",
                                "measured", "profit")
                        .add("figure", "13%", "kind", "percent", "value", 13L, "unit", null, "qualifier", "exact",
                                "measured", "ratio").build(),
                TestDocs.doc("b", "Nordbank's profit rose 13 percent in the quarter, and its capital ratio was 18.2 percent.")
                        .add("figure", "13 percent", "kind", "percent", "value", 13L, "unit", null, "qualifier", "exact",
                                "measured", "profit")
                        .add("figure", "18.2 percent", "kind", "percent", "value", 18.2, "unit", null, "qualifier",
                                "exact", "measured", "ratio").build()));
        List<Conflict> out = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertTrue(out.stream().anyMatch(c -> c.claims().stream().map(cl -> cl.text()).toList()
                .containsAll(List.of("18%", "13 percent"))), rule.apply(story).toString());
    }
    @Test
    void comparesAnAgeHoweverItIsWritten() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The ferry's captain, 58, was questioned by police in Piraeus on Monday.")
                        .figure("58", "count", 58L, null, "exact").build(),
                TestDocs.doc("b", "Police in Piraeus questioned the 61-year-old captain of the ferry.")
                        .add("figure", "61-year-old", "kind", "duration", "value", 61L, "unit", "year", "qualifier",
                                "exact", "measured", "captain").build(),
                TestDocs.doc("c", "The captain, aged 58, told police the engines had failed.")
                        .figure("58", "count", 58L, null, "exact").build()));
        List<Conflict> out = rule.apply(story).stream().filter(c -> !c.consistent()).toList();
        assertEquals(1, out.size(), rule.apply(story).toString());
        assertEquals(List.of("58", "58", "61-year-old"), out.get(0).claims().stream().map(cl -> cl.text()).sorted().toList());
    }
    @Test
    void aCountBesideAnotherIsNotSetAgainstATotal() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Schools stayed shut in Karachi and 6 other districts of Sindh because of the smog.")
                        .figure("6", "count", 6L, null, "exact").build(),
                TestDocs.doc("b", "Schools in 7 districts of Sindh, Karachi among them, stayed shut because of the smog.")
                        .figure("7", "count", 7L, null, "exact").build()));
        assertTrue(rule.apply(story).stream().noneMatch(c -> !c.consistent()), rule.apply(story).toString());
    }
}
