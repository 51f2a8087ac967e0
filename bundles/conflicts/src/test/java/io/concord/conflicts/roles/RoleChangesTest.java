package io.concord.conflicts.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import io.concord.api.model.Conflict;
import io.concord.api.model.Story;
import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import org.junit.jupiter.api.Test;

/**
 * A person's title changed between two reports where one gives it away from the annotated role: before the name
 * and a comma, in an apposition after a name whose annotated role is only a rank or a bare office, or with a head
 * noun the office lexicon lacks; and the same title written another way. Invented sentences, one row each.
 */
class RoleChangesTest {
    private final RoleRule rule = new RoleRule(Configs.defaults(RoleRule.Config.class), TestViews.views());

    record Row(String name, TestDocs a, TestDocs b, boolean conflict) {}

    private static final List<Row> ROWS = List.of(
            new Row("one top post of a firm against another",
                    TestDocs.doc("a", "Velmora's chief executive, Ana Ruiz, apologised to customers in Turin.")
                            .person("Ana Ruiz", "Ana Ruiz"),
                    TestDocs.doc("b", "Ana Ruiz, the company's chairman, offered refunds to every buyer.")
                            .person("Ana Ruiz", "Ana Ruiz", "company's chairman"), true),
            new Row("a chief executive written CEO",
                    TestDocs.doc("a", "Velmora's chief executive, Ana Ruiz, apologised to customers in Turin.")
                            .person("Ana Ruiz", "Ana Ruiz"),
                    TestDocs.doc("b", "Velmora CEO Ana Ruiz apologised to customers.")
                            .person("Ana Ruiz", "Ana Ruiz", "Velmora CEO"), false),
            new Row("both posts held at once",
                    TestDocs.doc("a", "Ana Ruiz, Velmora's chairman and chief executive, apologised.")
                            .person("Ana Ruiz", "Ana Ruiz", "Velmora's chairman and chief executive"),
                    TestDocs.doc("b", "Velmora chief executive Ana Ruiz apologised.")
                            .person("Ana Ruiz", "Ana Ruiz", "Velmora chief executive"), false),
            new Row("a director of a firm may sit on the board its chairman leads",
                    TestDocs.doc("a", "Ana Ruiz, a director of Velmora, said the board would meet.")
                            .person("Ana Ruiz", "Ana Ruiz", "director of Velmora"),
                    TestDocs.doc("b", "Velmora's chairman, Ana Ruiz, said the board would meet.")
                            .person("Ana Ruiz", "Ana Ruiz"), false),
            new Row("a firm's chief scientific officer before a comma and a doctor's title is not its chief executive",
                    TestDocs.doc("a", "Velmora's chief scientific officer, Dr. Ana Ruiz, said the trial had ended.")
                            .person("Ana Ruiz", "Ana Ruiz"),
                    TestDocs.doc("b", "Dr. Ana Ruiz, the company's chief executive, said the trial had ended.")
                            .person("Ana Ruiz", "Ana Ruiz", "company's chief executive"), true),
            new Row("an assistant governor is not a deputy governor",
                    TestDocs.doc("a", "Assistant Governor Lena Voss said the board had acted early.")
                            .person("Lena Voss", "Lena Voss", "Assistant Governor"),
                    TestDocs.doc("b", "Deputy Governor Lena Voss said the board had acted early.")
                            .person("Lena Voss", "Lena Voss", "Deputy Governor"), true),
            new Row("a head coach is not an assistant coach",
                    TestDocs.doc("a", "Rosvale head coach Tomas Brink said the signing was done.")
                            .person("Tomas Brink", "Tomas Brink", "head coach"),
                    TestDocs.doc("b", "The signing is done, said Tomas Brink, Rosvale's assistant coach.")
                            .person("Tomas Brink", "Tomas Brink", "Rosvale's assistant coach"), true),
            new Row("an assistant coach written before and after the name",
                    TestDocs.doc("a", "Rosvale assistant coach Tomas Brink said the signing was done.")
                            .person("Tomas Brink", "Tomas Brink", "Rosvale assistant coach"),
                    TestDocs.doc("b", "The signing is done, said Tomas Brink, Rosvale's assistant coach.")
                            .person("Tomas Brink", "Tomas Brink", "Rosvale's assistant coach"), false),
            new Row("a club's technical director is not its general manager",
                    TestDocs.doc("a", "Technical director Piet Lund said the squad would appeal.")
                            .person("Piet Lund", "Piet Lund", "director"),
                    TestDocs.doc("b", "Piet Lund, the club's general manager, said the squad would appeal.")
                            .person("Piet Lund", "Piet Lund", "club's general manager"), true),
            new Row("a firm's chief officer of one field is not its chief executive, the annotation giving only the head",
                    TestDocs.doc("a", "Velmora chief executive Ana Ruiz said the trial had ended.")
                            .person("Ana Ruiz", "Ana Ruiz", "Velmora chief executive"),
                    TestDocs.doc("b", "The trial has ended, chief financial officer Ana Ruiz said.")
                            .person("Ana Ruiz", "Ana Ruiz", "officer"), true),
            new Row("the chief executive officer is the chief executive",
                    TestDocs.doc("a", "Velmora chief executive Ana Ruiz said the trial had ended.")
                            .person("Ana Ruiz", "Ana Ruiz", "Velmora chief executive"),
                    TestDocs.doc("b", "The trial has ended, chief executive officer Ana Ruiz said.")
                            .person("Ana Ruiz", "Ana Ruiz", "officer"), false),
            new Row("a ministry's permanent secretary is not its minister",
                    TestDocs.doc("a", "Ports Minister Joel Mbeki said divers had reached the wreck.")
                            .person("Joel Mbeki", "Joel Mbeki", "Ports Minister"),
                    TestDocs.doc("b", "Joel Mbeki, permanent secretary at the Ministry of Ports, said divers had "
                            + "reached the wreck.").person("Joel Mbeki", "Joel Mbeki"), true),
            new Row("another ministry named after the name",
                    TestDocs.doc("a", "Finance Minister Tomas Berg announced the levy in Riga.")
                            .person("Tomas Berg", "Tomas Berg", "Finance Minister"),
                    TestDocs.doc("b", "Tomas Berg, the minister of fisheries and forestry, announced the levy.")
                            .person("Tomas Berg", "Tomas Berg", "minister"), true),
            new Row("the ministry written another way",
                    TestDocs.doc("a", "Forestry Minister Tomas Berg announced the levy in Riga.")
                            .person("Tomas Berg", "Tomas Berg", "Forestry Minister"),
                    TestDocs.doc("b", "Tomas Berg, the minister of fisheries and forestry, announced the levy.")
                            .person("Tomas Berg", "Tomas Berg", "minister"), false),
            new Row("former added to a long title after the name",
                    TestDocs.doc("a", "Ivo Marn, principal water quality officer at the Danube Water Agency, "
                            + "warned against swimming.").person("Ivo Marn", "Ivo Marn"),
                    TestDocs.doc("b", "Swimmers were warned off by Ivo Marn, once the agency's principal water "
                            + "quality officer.").person("Ivo Marn", "Ivo Marn"), true),
            new Row("the same long title after the name",
                    TestDocs.doc("a", "Ivo Marn, principal water quality officer at the Danube Water Agency, "
                            + "warned against swimming.").person("Ivo Marn", "Ivo Marn"),
                    TestDocs.doc("b", "Swimmers were warned off by Ivo Marn, the agency's principal water quality "
                            + "officer.").person("Ivo Marn", "Ivo Marn"), false),
            new Row("a deputy director against the director general, the first given after a rank",
                    TestDocs.doc("a", "Colonel Ivo Marn, director general of the Coast Guard, blamed a broken "
                            + "radio.").person("Ivo Marn", "Ivo Marn", "Colonel"),
                    TestDocs.doc("b", "A broken radio was to blame, according to Ivo Marn, the coast guard's deputy "
                            + "director.").person("Ivo Marn", "Ivo Marn"), true),
            new Row("an associate professor is another rank than a professor",
                    TestDocs.doc("a", "Professor Lena Holt of Tarvik University dated the hall to 400 AD.")
                            .person("Lena Holt", "Lena Holt", "Professor"),
                    TestDocs.doc("b", "Lena Holt, an associate professor at Tarvik University, dated the hall to 400 "
                            + "AD.").person("Lena Holt", "Lena Holt", "associate professor at Tarvik University"),
                    true),
            new Row("a professor is a professor at the university",
                    TestDocs.doc("a", "Professor Lena Holt of Tarvik University dated the hall to 400 AD.")
                            .person("Lena Holt", "Lena Holt", "Professor"),
                    TestDocs.doc("b", "Lena Holt, a professor at Tarvik University, dated the hall to 400 AD.")
                            .person("Lena Holt", "Lena Holt", "professor at Tarvik University"),
                    false),
            new Row("a first deputy is not a second deputy",
                    TestDocs.doc("a", "The board is led for now by First Deputy Mayor Ilse Brandt of Orvale.")
                            .person("Ilse Brandt", "Ilse Brandt", "First Deputy Mayor"),
                    TestDocs.doc("b", "The city's second deputy mayor, Ilse Brandt, now leads the board.")
                            .person("Ilse Brandt", "Ilse Brandt", "second deputy mayor"), true),
            new Row("a deputy's rank left out, and a first name added",
                    TestDocs.doc("a", "The board is led for now by First Deputy Mayor Ilse Brandt of Orvale.")
                            .person("Ilse Brandt", "Ilse Brandt", "First Deputy Mayor"),
                    TestDocs.doc("b", "Deputy Mayor Brandt now leads the board.")
                            .person("Brandt", "Brandt", "Deputy Mayor"), false),
            new Row("the head of a unit of a firm is not one of its staff",
                    TestDocs.doc("a", "Freight will fall, said Oskar Lind, head of forecasting at Marbury.")
                            .person("Oskar Lind", "Oskar Lind", "head"),
                    TestDocs.doc("b", "Freight will fall, said Oskar Lind, a junior planner at Marbury Freight, "
                            + "which runs the depot.").person("Oskar Lind", "Oskar Lind"), true),
            new Row("the head of a unit of a body is not one of its staff, the body named without capitals",
                    TestDocs.doc("a", "The seeds are rare, said Petra Hale, head of botany at the herbarium.")
                            .person("Petra Hale", "Petra Hale", "head"),
                    TestDocs.doc("b", "The seeds are rare, said Petra Hale, a gardener at the city herbarium in "
                            + "Varnholm, where they are kept.").person("Petra Hale", "Petra Hale"), true),
            new Row("the head of a unit is a scientist of its field",
                    TestDocs.doc("a", "The seeds are rare, said Petra Hale, head of botany at the herbarium.")
                            .person("Petra Hale", "Petra Hale", "head"),
                    TestDocs.doc("b", "The seeds are rare, said Petra Hale, a botanist at the city herbarium in "
                            + "Varnholm, where they are kept.").person("Petra Hale", "Petra Hale"), false),
            new Row("the head of a force against its spokesman, both after a rank",
                    TestDocs.doc("a", "The lorry was overloaded, said Colonel Arno Vek, head of the Tarvos border "
                            + "guard, on Friday.").person("Arno Vek", "Arno Vek", "Colonel"),
                    TestDocs.doc("b", "A border guard spokesman, Colonel Arno Vek, said the lorry was overloaded.")
                            .person("Arno Vek", "Arno Vek", "Colonel"), true),
            new Row("a spokesman for a force and its spokesman",
                    TestDocs.doc("a", "The lorry was overloaded, said Arno Vek, a spokesman for the border guard.")
                            .person("Arno Vek", "Arno Vek"),
                    TestDocs.doc("b", "Border guard spokesman Arno Vek said the lorry was overloaded.")
                            .person("Arno Vek", "Arno Vek", "spokesman"), false),
            new Row("the head of a museum and its director",
                    TestDocs.doc("a", "The hall reopens in May, said Petra Hale, head of the Varnholm museum.")
                            .person("Petra Hale", "Petra Hale", "head"),
                    TestDocs.doc("b", "Varnholm museum director Petra Hale said the hall reopens in May.")
                            .person("Petra Hale", "Petra Hale", "museum director"), false),
            new Row("the director of an event against a director of one field of it",
                    TestDocs.doc("a", "Regatta director Jonas Falk said the boats would start at noon.")
                            .person("Jonas Falk", "Jonas Falk", "director"),
                    TestDocs.doc("b", "Jonas Falk, the regatta's safety director, said the boats would start at noon.")
                            .person("Jonas Falk", "Jonas Falk"), true),
            new Row("the director of an event written after the name with a possessive",
                    TestDocs.doc("a", "Regatta director Jonas Falk said the boats would start at noon.")
                            .person("Jonas Falk", "Jonas Falk", "director"),
                    TestDocs.doc("b", "Jonas Falk, the regatta's director, said the boats would start at noon.")
                            .person("Jonas Falk", "Jonas Falk"), false),
            new Row("the executive director of a museum is its director",
                    TestDocs.doc("a", "Petra Hale, the executive director of the Varnholm Museum, said the hall "
                            + "reopens.").person("Petra Hale", "Petra Hale"),
                    TestDocs.doc("b", "Petra Hale, director of the Varnholm Museum, said the hall reopens.")
                            .person("Petra Hale", "Petra Hale"), false),
            new Row("the chairman of a panel against one of its members, after a profession",
                    TestDocs.doc("a", "The prize was handed over by panel chairman Lars Odin, the Danish architect.")
                            .person("Lars Odin", "Lars Odin", "chairman"),
                    TestDocs.doc("b", "Danish architect Lars Odin, a member of the panel, praised the design.")
                            .person("Lars Odin", "Lars Odin", "Danish architect"), true),
            new Row("another ministry, the first capitalised before an annotated bare office",
                    TestDocs.doc("a", "Talks were opened by Mining Minister Rosa Ekwall, who hailed the deal.")
                            .person("Rosa Ekwall", "Rosa Ekwall", "Minister"),
                    TestDocs.doc("b", "The deal was hailed by the country's trade minister, Rosa Ekwall.")
                            .person("Rosa Ekwall", "Rosa Ekwall", "trade minister"), true),
            new Row("the minister without a ministry",
                    TestDocs.doc("a", "Talks were opened by Mining Minister Rosa Ekwall, who hailed the deal.")
                            .person("Rosa Ekwall", "Rosa Ekwall", "Minister"),
                    TestDocs.doc("b", "Rosa Ekwall, the minister, hailed the deal.")
                            .person("Rosa Ekwall", "Rosa Ekwall"), false),
            new Row("the chief of one field of a body is not its chief executive, the annotation giving only the head",
                    TestDocs.doc("a", "\"Sales fell,\" said Lise Hovde, chief glassblower at the guild.")
                            .person("Lise Hovde", "Lise Hovde", "chief"),
                    TestDocs.doc("b", "The guild's chief executive, Lise Hovde, was cautious.")
                            .person("Lise Hovde", "Lise Hovde"), true),
            new Row("the chief executive of a body written with a link and with a possessive",
                    TestDocs.doc("a", "\"Sales fell,\" said Lise Hovde, chief executive of the guild.")
                            .person("Lise Hovde", "Lise Hovde", "chief executive of the guild"),
                    TestDocs.doc("b", "The guild's chief executive, Lise Hovde, was cautious.")
                            .person("Lise Hovde", "Lise Hovde"), false),
            new Row("the chief of one field of a body before a comma is not its director",
                    TestDocs.doc("a", "The aquarium's chief diver, Lise Hovde, said the tank was clean.")
                            .person("Lise Hovde", "Lise Hovde"),
                    TestDocs.doc("b", "Lise Hovde, the aquarium's director, said the tank was clean.")
                            .person("Lise Hovde", "Lise Hovde"), true),
            new Row("a regional commissioner is not a district commissioner",
                    TestDocs.doc("a", "Tarvos Regional Commissioner Lise Hovde visited the dam.")
                            .person("Lise Hovde", "Lise Hovde", "Tarvos Regional Commissioner"),
                    TestDocs.doc("b", "Lise Hovde, the district commissioner for Pell, visited the dam.")
                            .person("Lise Hovde", "Lise Hovde"), true),
            new Row("a regional commissioner with and without the region",
                    TestDocs.doc("a", "Tarvos Regional Commissioner Lise Hovde visited the dam.")
                            .person("Lise Hovde", "Lise Hovde", "Tarvos Regional Commissioner"),
                    TestDocs.doc("b", "Lise Hovde, the regional commissioner, visited the dam.")
                            .person("Lise Hovde", "Lise Hovde"), false),
            new Row("the presiding and the executive post of one union",
                    TestDocs.doc("a", "Lise Hovde, general secretary of the Dockers' Union of Pell, signed the deal.")
                            .person("Lise Hovde", "Lise Hovde", "general secretary of the Dockers"),
                    TestDocs.doc("b", "Lise Hovde, president of the Dockers' Union of Pell, signed the deal.")
                            .person("Lise Hovde", "Lise Hovde", "president of the Dockers"), true),
            new Row("a party's general secretary who is also the country's president",
                    TestDocs.doc("a", "General Secretary Lise Hovde signed the deal.")
                            .person("Lise Hovde", "Lise Hovde", "General Secretary"),
                    TestDocs.doc("b", "President Lise Hovde signed the deal.")
                            .person("Lise Hovde", "Lise Hovde", "President"), false),
            new Row("a coach before a comma and a title of address, against an assistant coach",
                    TestDocs.doc("a", "Her coach, grandmaster Olek Brandt, said she was ready.")
                            .person("Olek Brandt", "Olek Brandt"),
                    TestDocs.doc("b", "The assistant coach of the national team, Olek Brandt, has worked with her.")
                            .person("Olek Brandt", "Olek Brandt", "assistant coach of the national team"), true),
            new Row("a captain before a comma and after the name",
                    TestDocs.doc("a", "The captain, Olek Brandt, survived the storm.")
                            .person("Olek Brandt", "Olek Brandt"),
                    TestDocs.doc("b", "Olek Brandt, the ship's captain, survived the storm.")
                            .person("Olek Brandt", "Olek Brandt"), false),
            new Row("a champion and a former champion, each title right before the name",
                    TestDocs.doc("a", "National champion Olek Brandt finished fourth.")
                            .person("Olek Brandt", "Olek Brandt"),
                    TestDocs.doc("b", "Former national champion Olek Brandt finished fourth.")
                            .person("Olek Brandt", "Olek Brandt"), true),
            new Row("a former champion and a champion of another contest, no level given",
                    TestDocs.doc("a", "Former champion Olek Brandt finished fourth.")
                            .person("Olek Brandt", "Olek Brandt"),
                    TestDocs.doc("b", "Former champion Olek Brandt, who rode for Pell, finished fourth.")
                            .person("Olek Brandt", "Olek Brandt"), false),
            new Row("a title set before someone else's name in the next sentence",
                    TestDocs.doc("a", "Arno Vek, the agency's rescue coordinator, said the search would go on.")
                            .person("Arno Vek", "Arno Vek"),
                    TestDocs.doc("b", "The search will go on, said Arno Vek. The agency's president, Mira Solt, said "
                            + "the mine had been closed.").person("Arno Vek", "Arno Vek")
                            .person("Mira Solt", "Mira Solt"), false));

    @Test
    void findsChangedTitlesGivenAwayFromTheAnnotatedRole() {
        List<String> wrong = new ArrayList<>();
        for (Row r : ROWS) {
            Story story = new Story("s", List.of(r.a().build(), r.b().build()));
            List<Conflict> out = rule.apply(story);
            if (!out.isEmpty() != r.conflict()) {
                wrong.add(r.name() + ": " + out);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
