package io.concord.conflicts.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.concord.api.model.Claim;
import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;

class RoleRuleTest {
    private final RoleRule rule = new RoleRule(Configs.defaults(RoleRule.Config.class), TestViews.views());

    @Test
    void flagsFormerAgainstCurrentOfficeWithTheRoleInTheClaim() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "The summit was hosted by Brazilian President Luiz Inácio Lula da Silva in Belém.")
                        .person("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "Brazilian President").build(),
                TestDocs.doc("b", "Former President Lula da Silva opened the summit in Belém.")
                        .person("Lula da Silva", "Luiz Inácio Lula da Silva", "Former President").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size());
        assertEquals("high", out.get(0).severity());
        List<String> texts = out.get(0).claims().stream().map(Claim::text).sorted().toList();
        assertEquals(List.of("Brazilian President Luiz Inácio Lula da Silva", "Former President Lula da Silva"), texts);
    }

    @Test
    void toleratesSpellingsOfOneOffice() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Secretary General António Guterres spoke first.")
                        .person("António Guterres", "António Guterres", "Secretary General").build(),
                TestDocs.doc("b", "UN Secretary-General Antonio Guterres spoke first.")
                        .person("Antonio Guterres", "Antonio Guterres", "UN Secretary-General").build(),
                TestDocs.doc("c", "Guterres, the head of the United Nations, spoke first.")
                        .person("Guterres", "Guterres", "head of the United Nations").build()));
        assertTrue(rule.apply(story).isEmpty());
    }

    @Test
    void flagsDifferentPortfolios() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Foreign Minister Annalena Baerbock arrived in Kyiv.")
                        .person("Annalena Baerbock", "Annalena Baerbock", "Foreign Minister").build(),
                TestDocs.doc("b", "Defence Minister Annalena Baerbock arrived in Kyiv.")
                        .person("Annalena Baerbock", "Annalena Baerbock", "Defence Minister").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size());
        assertEquals("portfolio", out.get(0).details().get("aspect"));
    }

    @Test
    void keepsTwoPeopleOfOneSurnameApart() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "President Joe Biden met the press.").person("Joe Biden", "Joe Biden", "President").build(),
                TestDocs.doc("b", "Former first lady Jill Biden and former President Barack Obama attended.")
                        .person("Jill Biden", "Jill Biden", "former first lady").build()));
        assertTrue(rule.apply(story).isEmpty());
    }

    @Test
    void flagsARoleStatedInTheNextSentenceWithTheStatementAsClaim() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Trade Minister Lena Marsh arrived in Quito on Monday.")
                        .person("Lena Marsh", "Lena Marsh", "Trade Minister").build(),
                TestDocs.doc("b", "Lena Marsh arrived in Quito on Monday. The deputy trade minister met farmers.")
                        .person("Lena Marsh", "Lena Marsh").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size());
        assertEquals("status", out.get(0).details().get("aspect"));
        List<String> texts = out.get(0).claims().stream().map(Claim::text).sorted().toList();
        assertEquals(List.of("The deputy trade minister", "Trade Minister Lena Marsh"), texts);
    }

    @Test
    void flagsAnotherCountryButNotACountryLeftOut() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Ecuadorian Trade Minister Lena Marsh arrived in Lima.")
                        .person("Lena Marsh", "Lena Marsh", "Ecuadorian Trade Minister").build(),
                TestDocs.doc("b", "Peru's trade minister, Lena Marsh, arrived in Lima.")
                        .person("Lena Marsh", "Lena Marsh", "Peru's trade minister").build(),
                TestDocs.doc("c", "Trade Minister Lena Marsh arrived in Lima.")
                        .person("Lena Marsh", "Lena Marsh", "Trade Minister").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size());
        assertEquals("country", out.get(0).details().get("aspect"));
    }

    @Test
    void toleratesTheSameRoleStatedAgainInTheNextSentence() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Trade Minister Lena Marsh arrived in Quito on Monday.")
                        .person("Lena Marsh", "Lena Marsh", "Trade Minister").build(),
                TestDocs.doc("b", "Lena Marsh, Ecuador's trade minister, arrived on Monday. The trade minister met farmers.")
                        .person("Lena Marsh", "Lena Marsh", "Ecuador's trade minister").build()));
        assertTrue(rule.apply(story).isEmpty());
    }

    @Test
    void flagsTheHeadOfABodyAgainstAnotherPostInTheSameBody() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Ines Valtorta, the director of the Institute of Marine Biology, counted the seals.")
                        .person("Ines Valtorta", "Ines Valtorta", "director of the Institute of Marine Biology").build(),
                TestDocs.doc("b", "Ines Valtorta, a biologist at the Institute of Marine Biology, counted the seals.")
                        .person("Ines Valtorta", "Ines Valtorta", "biologist at the Institute of Marine Biology").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
        assertEquals("body", out.get(0).details().get("aspect"));
    }

    @Test
    void readsNoBodyIntoTheHeadOfAFieldOfWork() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Ines Valtorta, head of research at the Institute of Marine Biology, counted the seals.")
                        .person("Ines Valtorta", "Ines Valtorta", "head of research at the Institute of Marine Biology").build(),
                TestDocs.doc("b", "Ines Valtorta, a biologist at the Institute of Marine Biology, counted the seals.")
                        .person("Ines Valtorta", "Ines Valtorta", "biologist at the Institute of Marine Biology").build()));
        assertTrue(rule.apply(story).isEmpty(), rule.apply(story).toString());
    }

    @Test
    void toleratesPostsInOtherBodiesAndOneBodyNamedShorter() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Ines Valtorta, the director of the Institute of Marine Biology, counted the seals.")
                        .person("Ines Valtorta", "Ines Valtorta", "director of the Institute of Marine Biology").build(),
                TestDocs.doc("b", "Ines Valtorta, the director of the institute, counted the seals.")
                        .person("Ines Valtorta", "Ines Valtorta", "director of the institute").build(),
                TestDocs.doc("c", "Ines Valtorta, a lecturer at the University of Trieste, counted the seals.")
                        .person("Ines Valtorta", "Ines Valtorta", "lecturer at the University of Trieste").build()));
        assertTrue(rule.apply(story).isEmpty(), rule.apply(story).toString());
    }

    @Test
    void givesABareHeadTheBodyAnotherReportNamesForIt() {
        Story story = new Story("s", List.of(
                TestDocs.doc("a", "Lise Hovde, director of the Marine Institute, said the ice was thin.")
                        .person("Lise Hovde", "Lise Hovde", "director of the Marine Institute").build(),
                TestDocs.doc("b", "Lise Hovde, head of ice forecasting at the institute, said the ice was thin.")
                        .person("Lise Hovde", "Lise Hovde", "head of ice forecasting at the institute").build(),
                TestDocs.doc("c", "Its director, Lise Hovde, said the ice was thin.")
                        .person("Lise Hovde", "Lise Hovde", "director").build()));
        List<Conflict> out = rule.apply(story);
        assertEquals(1, out.size(), out.toString());
        assertEquals("body", out.get(0).details().get("aspect"));
        assertEquals(3, out.get(0).claims().size(), out.toString());
    }

    @Test
    void leavesABareHeadWithoutABodyWhenNoReportNamesOne() {
        Story story = new Story("s", List.of(
                TestDocs.doc("b", "Lise Hovde, head of ice forecasting at the institute, said the ice was thin.")
                        .person("Lise Hovde", "Lise Hovde", "head of ice forecasting at the institute").build(),
                TestDocs.doc("c", "Its director, Lise Hovde, said the ice was thin.")
                        .person("Lise Hovde", "Lise Hovde", "director").build()));
        assertTrue(rule.apply(story).isEmpty(), rule.apply(story).toString());
    }
}
