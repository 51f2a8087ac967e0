package io.concord.conflicts.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import io.concord.conflicts.TwoReports;
import org.junit.jupiter.api.Test;

/**
 * Two reports place one person at another rank of one body (a deputy head against its head, an assistant
 * researcher against the head of the lab, a junior minister against the minister, a councillor against the mayor),
 * in the same job at another body, at another degree of kinship, or as the owner against the manager; and the same
 * place written another way. Invented sentences, one row each.
 */
class RoleRanksTest {
    private final RoleRule rule = new RoleRule(Configs.defaults(RoleRule.Config.class), TestViews.views());

    private static final List<TwoReports> ROWS = List.of(
            new TwoReports("the deputy head of a body against its head, the body named shorter",
                    TestDocs.doc("a", "Mira Osk, head of Norway's Coastal Rescue Agency, said the search went on.")
                            .person("Mira Osk", "Mira Osk", "head of Norway's Coastal Rescue Agency"),
                    TestDocs.doc("b", "Mira Osk, deputy head of the Coastal Rescue Agency, said the search went on.")
                            .person("Mira Osk", "Mira Osk", "deputy head of the Coastal Rescue Agency"), true),
            new TwoReports("the head of a body and its chief",
                    TestDocs.doc("a", "Mira Osk, head of the Coastal Rescue Agency, said the search went on.")
                            .person("Mira Osk", "Mira Osk", "head of the Coastal Rescue Agency"),
                    TestDocs.doc("b", "The search went on, said the Coastal Rescue Agency's chief, Mira Osk.")
                            .person("Mira Osk", "Mira Osk", "Coastal Rescue Agency's chief"), false),
            new TwoReports("the deputy head of one body and the head of another",
                    TestDocs.doc("a", "Mira Osk, head of the Coastal Rescue Agency, said the search went on.")
                            .person("Mira Osk", "Mira Osk", "head of the Coastal Rescue Agency"),
                    TestDocs.doc("b", "Mira Osk, deputy head of the Fjord Pilots' Guild, said the search went on.")
                            .person("Mira Osk", "Mira Osk", "deputy head of the Fjord Pilots' Guild"), false),
            new TwoReports("an assistant researcher at a lab against its head",
                    TestDocs.doc("a", "Ivo Brask, head of the seismology laboratory at the Baltic Institute of "
                            + "Physics, said the tremor was small.").person("Ivo Brask", "Ivo Brask", "head"),
                    TestDocs.doc("b", "Ivo Brask, an assistant researcher at the institute's seismology laboratory, "
                            + "said the tremor was small.").person("Ivo Brask", "Ivo Brask", "assistant researcher"),
                    true),
            new TwoReports("an assistant researcher at one lab written two ways",
                    TestDocs.doc("a", "Ivo Brask, an assistant researcher at the seismology laboratory, said the "
                            + "tremor was small.").person("Ivo Brask", "Ivo Brask", "assistant researcher"),
                    TestDocs.doc("b", "Ivo Brask, an assistant researcher at the institute's seismology laboratory, "
                            + "said the tremor was small.").person("Ivo Brask", "Ivo Brask", "assistant researcher"),
                    false),
            new TwoReports("the same calling with two named employers",
                    TestDocs.doc("a", "The river peaked at noon, said Rune Tal, a hydrologist with the Danube Water "
                            + "Agency.").person("Rune Tal", "Rune Tal", "hydrologist"),
                    TestDocs.doc("b", "The river peaked at noon, said Rune Tal, a hydrologist with the Tisza Flood "
                            + "Board in Szeged.").person("Rune Tal", "Rune Tal", "hydrologist"), true),
            new TwoReports("the same calling with one employer named shorter",
                    TestDocs.doc("a", "The river peaked at noon, said Rune Tal, a hydrologist with the Danube Water "
                            + "Agency.").person("Rune Tal", "Rune Tal", "hydrologist"),
                    TestDocs.doc("b", "The river peaked at noon, said Rune Tal, a hydrologist at the agency.")
                            .person("Rune Tal", "Rune Tal", "hydrologist"), false),
            new TwoReports("two callings at two bodies",
                    TestDocs.doc("a", "The river peaked at noon, said Rune Tal, a hydrologist with the Danube Water "
                            + "Agency.").person("Rune Tal", "Rune Tal", "hydrologist"),
                    TestDocs.doc("b", "The river peaked at noon, said Rune Tal, a lecturer at Tarvik University.")
                            .person("Rune Tal", "Rune Tal", "lecturer at Tarvik University"), false),
            new TwoReports("a scientist of one discipline and of a closer one at two named bodies",
                    TestDocs.doc("a", "Seals follow the ice, said Ulla Rinn, a marine scientist at Tarvik University.")
                            .person("Ulla Rinn", "Ulla Rinn", "marine scientist at Tarvik University"),
                    TestDocs.doc("b", "Seals follow the ice, said Ulla Rinn, a seal biologist with the Polar Research "
                            + "Division.").person("Ulla Rinn", "Ulla Rinn", "seal biologist with the Polar Research "
                            + "Division"), true),
            new TwoReports("a scientist and a biologist at one named body",
                    TestDocs.doc("a", "Seals follow the ice, said Ulla Rinn, a marine scientist at Tarvik University.")
                            .person("Ulla Rinn", "Ulla Rinn", "marine scientist at Tarvik University"),
                    TestDocs.doc("b", "Seals follow the ice, said Ulla Rinn, a marine biologist at Tarvik University.")
                            .person("Ulla Rinn", "Ulla Rinn", "marine biologist at Tarvik University"), false),
            new TwoReports("a great-grandson against a grandson of one forebear",
                    TestDocs.doc("a", "The violin was sold by the luthier's great-grandson, Lukas Ferr, who kept it.")
                            .person("Lukas Ferr", "Lukas Ferr", "luthier's great-grandson"),
                    TestDocs.doc("b", "The buyer, Lukas Ferr, the luthier's grandson, kept the violin.")
                            .person("Lukas Ferr", "Lukas Ferr"), true),
            new TwoReports("a grandson written with a possessive and with a link",
                    TestDocs.doc("a", "The violin was sold by Lukas Ferr, the grandson of the luthier, who kept it.")
                            .person("Lukas Ferr", "Lukas Ferr", "grandson of the luthier"),
                    TestDocs.doc("b", "The buyer, Lukas Ferr, the luthier's grandson, kept the violin.")
                            .person("Lukas Ferr", "Lukas Ferr"), false),
            new TwoReports("a grandson and a son of two people",
                    TestDocs.doc("a", "The violin was sold by Lukas Ferr, the mayor's son, who kept it.")
                            .person("Lukas Ferr", "Lukas Ferr", "mayor's son"),
                    TestDocs.doc("b", "The buyer, Lukas Ferr, the luthier's grandson, kept the violin.")
                            .person("Lukas Ferr", "Lukas Ferr"), false),
            new TwoReports("a state minister of a portfolio against its minister",
                    TestDocs.doc("a", "Ports Minister Kofi Arden told parliament the levy would stay.")
                            .person("Kofi Arden", "Kofi Arden", "Ports Minister"),
                    TestDocs.doc("b", "State Minister of Ports Kofi Arden told parliament the levy would stay.")
                            .person("Kofi Arden", "Kofi Arden", "State Minister of Ports"), true),
            new TwoReports("a state minister written two ways",
                    TestDocs.doc("a", "State Minister for Ports Kofi Arden told parliament the levy would stay.")
                            .person("Kofi Arden", "Kofi Arden", "State Minister for Ports"),
                    TestDocs.doc("b", "State Minister of Ports Kofi Arden told parliament the levy would stay.")
                            .person("Kofi Arden", "Kofi Arden", "State Minister of Ports"), false),
            new TwoReports("a councillor against the mayor",
                    TestDocs.doc("a", "Mayor Tomas Ruud said the road was closed.")
                            .person("Tomas Ruud", "Tomas Ruud", "Mayor"),
                    TestDocs.doc("b", "Tomas Ruud, a councillor in Vossby, said the road was closed.")
                            .person("Tomas Ruud", "Tomas Ruud", "councillor in Vossby"), true),
            new TwoReports("a county councillor who is a town's mayor",
                    TestDocs.doc("a", "Mayor Tomas Ruud said the road was closed.")
                            .person("Tomas Ruud", "Tomas Ruud", "Mayor"),
                    TestDocs.doc("b", "Tomas Ruud, a county councillor, said the road was closed.")
                            .person("Tomas Ruud", "Tomas Ruud", "county councillor"), false),
            new TwoReports("a former councillor who is now the mayor",
                    TestDocs.doc("a", "Mayor Tomas Ruud said the road was closed.")
                            .person("Tomas Ruud", "Tomas Ruud", "Mayor"),
                    TestDocs.doc("b", "Tomas Ruud, a former councillor, said the road was closed.")
                            .person("Tomas Ruud", "Tomas Ruud", "former councillor"), false),
            new TwoReports("the leader of a mission against its deputy chief",
                    TestDocs.doc("a", "\"The deal is close,\" said Lina Berg, who led the survey mission.")
                            .person("Lina Berg", "Lina Berg"),
                    TestDocs.doc("b", "The survey mission's deputy chief, Lina Berg, said the deal was close.")
                            .person("Lina Berg", "Lina Berg"), true),
            new TwoReports("the leader of a mission and its chief",
                    TestDocs.doc("a", "\"The deal is close,\" said Lina Berg, who led the survey mission.")
                            .person("Lina Berg", "Lina Berg"),
                    TestDocs.doc("b", "The survey mission's chief, Lina Berg, said the deal was close.")
                            .person("Lina Berg", "Lina Berg"), false),
            new TwoReports("the leader of an expedition against a student on its team",
                    TestDocs.doc("a", "\"It was alive,\" said botanist Kai Lund, who led the expedition.")
                            .person("Kai Lund", "Kai Lund", "botanist"),
                    TestDocs.doc("b", "Kai Lund, a graduate student on the team, said the orchid was alive.")
                            .person("Kai Lund", "Kai Lund"), true),
            new TwoReports("the owner of a shop against the one who manages it for its owners",
                    TestDocs.doc("a", "Omar Sefi, who owns a bakery in Sousse, said flour had doubled in price.")
                            .person("Omar Sefi", "Omar Sefi"),
                    TestDocs.doc("b", "Flour has doubled in price. Omar Sefi manages the bakery for its owners.")
                            .person("Omar Sefi", "Omar Sefi"), true),
            new TwoReports("the owner of a shop written two ways",
                    TestDocs.doc("a", "Omar Sefi, who owns a bakery in Sousse, said flour had doubled in price.")
                            .person("Omar Sefi", "Omar Sefi"),
                    TestDocs.doc("b", "Omar Sefi, the bakery's owner, said flour had doubled in price.")
                            .person("Omar Sefi", "Omar Sefi"), false),
            new TwoReports("a yacht's captain against its crew's navigator",
                    TestDocs.doc("a", "\"We never gave up,\" said the yacht's captain, Siri Holm, on the quay.")
                            .person("Siri Holm", "Siri Holm", "yacht's captain"),
                    TestDocs.doc("b", "The crew's navigator, Siri Holm, planned the route with a forecaster.")
                            .person("Siri Holm", "Siri Holm"), true),
            new TwoReports("a yacht's captain and its crew's skipper",
                    TestDocs.doc("a", "\"We never gave up,\" said the yacht's captain, Siri Holm, on the quay.")
                            .person("Siri Holm", "Siri Holm", "yacht's captain"),
                    TestDocs.doc("b", "The crew's skipper, Siri Holm, planned the route with a forecaster.")
                            .person("Siri Holm", "Siri Holm"), false));

    @Test
    void findsAnotherRankBodyOrDegreeOfOnePerson() {
        assertEquals(List.of(), TwoReports.wrong(rule, ROWS));
    }
}
