package io.concord.conflicts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import io.concord.conflicts.figures.FigureMeasuresTest.Row;
import org.junit.jupiter.api.Test;

/**
 * Slips of retyped copy the rule pairs (two digits swapped around the point, the same number in another unit) and
 * look-alikes it keeps apart (another outcome, a figure of an earlier event). Invented sentences, one row each.
 */
class FigureSlipsTest {
    private final FigureRule rule = new FigureRule(Configs.defaults(FigureRule.Config.class), TestViews.views());

    private static final String FREED_A = "Volunteers returned 38 dolphins to the water off the spit at Kaiaua on Monday, "
            + "the rangers said.";
    private static final String DIED_B = "More than 60 dolphins have died on the spit at Kaiaua since Monday, the rangers said.";
    private static final String REFLOAT_B = "By Tuesday evening the rangers had refloated 83 dolphins off the spit at Kaiaua.";

    private static final String BEFORE_A = "Rangers said about 340 of the animals were found on the sand at Punta Ninfas "
            + "on Monday. The same colony lost about 810 sea lions there in June 2016.";
    private static final String AGO_A = "Rangers said about 340 of the animals were found on the sand at Punta Ninfas "
            + "on Monday. Just nine years ago, some 810 sea lions died there.";
    private static final String TODAY_B = "A colony of some 340 sea lions was found stranded at Punta Ninfas, rangers "
            + "said on Monday.";
    private static final String TODAY_C = "A colony of some 340 sea lions was found stranded at Punta Ninfas in June 2016, "
            + "rangers said.";

    private static final String FRONT_A = "The blaze burned along a front of 23 km north of Arganil and was about 550 metres "
            + "deep at its widest, fire chief Rui Pestana said.";
    private static final String FRONT_B = "Fire chief Rui Pestana said the front of the blaze near Arganil was about 23 miles "
            + "long and a third of a mile deep.";
    private static final String ROAD_A = "The new bypass around Arganil is 23 km long and opens in May.";
    private static final String ROAD_B = "Pilgrims walk 23 miles from the coast to the shrine each summer.";
    private static final String WALL_A = "The new flood wall at Arganil runs for 23 km.";
    private static final String WALL_B = "A new wall of 14 miles now guards Arganil; the old dyke upstream, about 23 miles "
            + "long, was finished in 2019.";

    private static final String NUGGET_A = "The head of the survey said the biggest nugget found so far weighed 3.1 kg and "
            + "that all of them together came to about 9 kg.";
    private static final String NUGGET_B = "An assistant at the survey's laboratory said the heaviest stone weighed about 1.3 "
            + "kilograms and the whole haul some 20 pounds.";
    private static final String CALF_A = "The newborn calf at the zoo in Olomouc weighed 4.2 kg; its mother weighs 3 tonnes.";
    private static final String RICE_B = "Aid workers handed each family 2.4 kilograms of rice and 5 kg of flour.";
    private static final String GROWTH_A = "Growth slowed to 2.4% in the third quarter, the statistics office in Riga said.";
    private static final String JOBLESS_B = "Unemployment in Riga stood at 4.2 percent in March, the labour ministry said.";

    private static TestDocs count(TestDocs d, String covered, long value, String measured, String qualifier) {
        return d.add("figure", covered, "kind", "count", "value", value, "qualifier", qualifier, "measured", measured);
    }

    private static TestDocs length(TestDocs d, String covered, double value, String unit, double km, String qualifier) {
        return d.add("figure", covered, "kind", "measure", "value", value, "unit", unit, "qualifier", qualifier,
                "normalizedValue", km, "normalizedUnit", "km");
    }

    private static TestDocs mass(TestDocs d, String covered, double value, String unit, double kg, String qualifier) {
        return d.add("figure", covered, "kind", "measure", "value", value, "unit", unit, "qualifier", qualifier,
                "normalizedValue", kg, "normalizedUnit", "kg");
    }

    private static final List<Row> ROWS = List.of(
            new Row("dolphins returned to the water and dolphins that died: two outcomes",
                    count(TestDocs.doc("a", FREED_A), "38", 38L, "dolphins", "exact"),
                    count(TestDocs.doc("b", DIED_B), "60", 60L, "dolphins", "over"),
                    List.of()),
            new Row("dolphins returned to the water and dolphins refloated: one count of the rescued",
                    count(TestDocs.doc("a", FREED_A), "38", 38L, "dolphins", "exact"),
                    count(TestDocs.doc("b", REFLOAT_B), "83", 83L, "dolphins", "exact"),
                    List.of("a:" + FREED_A.indexOf("38"), "b:" + REFLOAT_B.indexOf("83"))),
            new Row("a stranding in a year the other report never names, beside today's count it also gives",
                    count(count(TestDocs.doc("a", BEFORE_A), "340", 340L, "animals", "approx"), "810", 810L, "sea lions",
                            "approx").date("Monday", "XXXX-WXX-1").date("June 2016", "2016-06"),
                    count(TestDocs.doc("b", TODAY_B), "340", 340L, "colony", "approx").date("Monday", "XXXX-WXX-1"),
                    List.of()),
            new Row("a stranding some years ago, beside today's count it also gives",
                    count(count(TestDocs.doc("a", AGO_A), "340", 340L, "animals", "approx"), "810", 810L, "sea lions",
                            "approx").date("Monday", "XXXX-WXX-1").add("figure", "nine years", "kind", "duration",
                            "value", 9L, "unit", "year", "qualifier", "exact"),
                    count(TestDocs.doc("b", TODAY_B), "340", 340L, "colony", "approx").date("Monday", "XXXX-WXX-1"),
                    List.of()),
            new Row("both reports date the stranding to the year: the other report's count is of it",
                    count(count(TestDocs.doc("a", BEFORE_A), "340", 340L, "animals", "approx"), "810", 810L, "sea lions",
                            "approx").date("Monday", "XXXX-WXX-1").date("June 2016", "2016-06"),
                    count(TestDocs.doc("c", TODAY_C), "340", 340L, "colony", "approx").date("June 2016", "2016-06"),
                    List.of("a:" + BEFORE_A.indexOf("810"), "c:" + TODAY_C.indexOf("340"))),
            new Row("a fire front of 23 km and of 23 miles, neither met by the other report: the unit slipped",
                    length(length(TestDocs.doc("a", FRONT_A), "23 km", 23, "km", 23, "exact"), "550 metres", 550, "m",
                            0.55, "approx").person("Rui Pestana", "Rui Pestana"),
                    length(length(TestDocs.doc("b", FRONT_B), "23 miles", 23, "mi", 37.01, "approx"),
                            "a third of a mile", 0.3333, "mi", 0.5364, "exact").person("Rui Pestana", "Rui Pestana"),
                    List.of("a:" + FRONT_A.indexOf("23 km"), "b:" + FRONT_B.indexOf("23 miles"))),
            new Row("23 km of road and 23 miles of a walk: two lengths",
                    length(TestDocs.doc("a", ROAD_A), "23 km", 23, "km", 23, "exact"),
                    length(TestDocs.doc("b", ROAD_B), "23 miles", 23, "mi", 37.01, "exact"),
                    List.of()),
            new Row("23 km of a wall the other report gives as 14 miles: its 23 miles is another length",
                    length(TestDocs.doc("a", WALL_A), "23 km", 23, "km", 23, "exact"),
                    length(length(TestDocs.doc("b", WALL_B), "14 miles", 14, "mi", 22.53, "exact"), "23 miles", 23,
                            "mi", 37.01, "approx"),
                    List.of()),
            new Row("3.1 kg and 1.3 kilograms for the biggest nugget: two digits swapped around the point",
                    mass(mass(TestDocs.doc("a", NUGGET_A), "3.1 kg", 3.1, "kg", 3.1, "exact"), "9 kg", 9, "kg", 9,
                            "approx"),
                    mass(mass(TestDocs.doc("b", NUGGET_B), "1.3 kilograms", 1.3, "kg", 1.3, "approx"), "20 pounds", 20,
                            "lb", 9.07, "approx"),
                    List.of("a:" + NUGGET_A.indexOf("3.1 kg"), "b:" + NUGGET_B.indexOf("1.3 kilograms"))),
            new Row("4.2 kg of a calf and 2.4 kilograms of rice: two masses",
                    mass(mass(TestDocs.doc("a", CALF_A).place("Olomouc", "Olomouc"), "4.2 kg", 4.2, "kg", 4.2, "exact"),
                            "3 tonnes", 3, "t", 3000, "exact"),
                    mass(mass(TestDocs.doc("b", RICE_B), "2.4 kilograms", 2.4, "kg", 2.4,
                            "exact"), "5 kg", 5, "kg", 5, "exact"),
                    List.of()),
            new Row("growth of 2.4% and unemployment of 4.2 percent: shares swap digits by chance",
                    TestDocs.doc("a", GROWTH_A).place("Riga", "Riga").add("figure", "2.4%", "kind", "percent", "value",
                            2.4, "unit", "%", "qualifier", "exact", "measured", "growth"),
                    TestDocs.doc("b", JOBLESS_B).place("Riga", "Riga").add("figure", "4.2 percent", "kind", "percent",
                            "value", 4.2, "unit", "%", "qualifier", "exact", "measured", "unemployment"),
                    List.of()));

    @Test
    void pairsSlipsOfRetypedCopyAndKeepsLookAlikesApart() {
        assertEquals(List.of(), FigureMeasuresTest.mismatches(rule, ROWS));
    }
}
