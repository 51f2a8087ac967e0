package io.concord.conflicts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.concord.conflicts.Configs;
import io.concord.conflicts.TestDocs;
import io.concord.conflicts.TestViews;
import io.concord.conflicts.figures.FigureMeasuresTest.Row;
import org.junit.jupiter.api.Test;

/**
 * Figures paired by the sentence they share a role in (the old value of a change whose new value both reports
 * agree on), by digits rearranged past any shared word, by the survivors a count of the rescued names, and figures
 * that agree once a conversion's rounding is read. Invented sentences, one row each; a row lists the claims
 * ("doc:offset") of the disagreement it expects, or none.
 */
class ParallelFiguresTest {
    private final FigureRule rule = new FigureRule(Configs.defaults(FigureRule.Config.class), TestViews.views());


    private static final String RATE_A = "The central bank lifted its benchmark rate to 6.5% from 6% on Thursday, "
            + "citing food prices.";
    private static final String RATE_B = "Policymakers raised the key lending rate to 6.5 percent from 5.75 percent, "
            + "the bank said.";
    private static final String RATE_C = "Policymakers raised the key lending rate to 6.5 percent, the highest in 6 "
            + "years, and left the deposit rate at 5.75 percent.";
    private static final String RATE_D = "Policymakers raised the key lending rate to 6.5 percent from 5.75 percent and "
            + "the deposit rate from 4.5 percent.";
    private static final String ASYLUM_A = "Asylum applications last year reached a record 18,200, up 9% on the year "
            + "before, the ministry said.";
    private static final String ASYLUM_B = "Some 18,000 people applied for asylum last year, 16 percent more than a "
            + "year earlier.";
    private static final String ASYLUM_C = "Some 18,000 people applied for asylum last year; 16 percent were children.";
    private static final String TICKET_A = "The winning ticket, numbered 4,817, was sold at a kiosk in Porto.";
    private static final String TICKET_B = "Its serial of 4,871 was read out on the evening news.";
    private static final String TICKET_C = "The winning ticket, numbered 481, was sold at a kiosk in Porto.";
    private static final String TICKET_D = "Its serial of 418 was read out on the evening news.";
    private static final String BOAT_A = "Coastguards rescued 86 people after the ferry capsized in a squall, "
            + "officials said.";
    private static final String BOAT_B = "The 95 who survived were taken to the hospital in the port.";
    private static final String BOAT_C = "The 95 who were hurt were taken to the hospital in the port.";
    private static final String SHORE_A = "The light aircraft came down about 2 km from the runway, the authority said.";
    private static final String SHORE_B = "The aircraft hit the water little more than a mile from the runway.";
    private static final String SHORE_C = "The light aircraft came down about 4 km from the runway, the authority said.";

    private static TestDocs pct(TestDocs d, String text, double value) {
        return d.add("figure", text, "kind", "percent", "value", value, "unit", "%", "qualifier", "exact");
    }

    private static TestDocs km(String id, String text, String covered, long value) {
        return TestDocs.doc(id, text).add("figure", covered, "kind", "measure", "value", value, "unit", "km",
                "qualifier", "approx", "hedge", "about", "normalizedValue", value, "normalizedUnit", "km");
    }

    private static final List<Row> ROWS = List.of(
            new Row("a rate raised to the same level from another: the old values disagree",
                    pct(pct(TestDocs.doc("a", RATE_A), "6.5%", 6.5), "6%", 6),
                    pct(pct(TestDocs.doc("b", RATE_B), "6.5 percent", 6.5), "5.75 percent", 5.75),
                    List.of("a:" + RATE_A.indexOf("6%"), "b:" + RATE_B.indexOf("5.75 percent"))),
            new Row("the other report's second share plays no role of a change: two quantities",
                    pct(pct(TestDocs.doc("a", RATE_A), "6.5%", 6.5), "6%", 6),
                    pct(pct(TestDocs.doc("b", RATE_C), "6.5 percent", 6.5), "5.75 percent", 5.75),
                    List.of()),
            new Row("two shares 'from' in one sentence: their words must choose",
                    pct(pct(TestDocs.doc("a", RATE_A), "6.5%", 6.5), "6%", 6),
                    pct(pct(pct(TestDocs.doc("b", RATE_D), "6.5 percent", 6.5), "5.75 percent", 5.75), "4.5 percent", 4.5),
                    List.of()),
            new Row("a record told alike, the rise in a year told as 'up' and as 'more': the rises disagree",
                    pct(TestDocs.doc("a", ASYLUM_A).add("figure", "18,200", "kind", "count", "value", 18200L,
                            "qualifier", "exact"), "9%", 9),
                    pct(TestDocs.doc("b", ASYLUM_B).add("figure", "18,000", "kind", "count", "value", 18000L,
                            "qualifier", "approx", "hedge", "Some", "measured", "people"), "16 percent", 16),
                    List.of("a:" + ASYLUM_A.indexOf("9%"), "b:" + ASYLUM_B.indexOf("16 percent"))),
            new Row("a record told alike, the other share no change: two quantities",
                    pct(TestDocs.doc("a", ASYLUM_A).add("figure", "18,200", "kind", "count", "value", 18200L,
                            "qualifier", "exact"), "9%", 9),
                    pct(TestDocs.doc("b", ASYLUM_C).add("figure", "18,000", "kind", "count", "value", 18000L,
                            "qualifier", "approx", "hedge", "Some", "measured", "people"), "16 percent", 16),
                    List.of()),
            new Row("four digits rearranged, in no words alike: one number retyped",
                    TestDocs.doc("a", TICKET_A).add("figure", "4,817", "kind", "count", "value", 4817L,
                            "qualifier", "exact"),
                    TestDocs.doc("b", TICKET_B).add("figure", "4,871", "kind", "count", "value", 4871L,
                            "qualifier", "exact", "measured", "serial"),
                    List.of("a:" + TICKET_A.indexOf("4,817"), "b:" + TICKET_B.indexOf("4,871"))),
            new Row("three digits rearranged, in no words alike: chance, two quantities",
                    TestDocs.doc("a", TICKET_C).add("figure", "481", "kind", "count", "value", 481L,
                            "qualifier", "exact"),
                    TestDocs.doc("b", TICKET_D).add("figure", "418", "kind", "count", "value", 418L,
                            "qualifier", "exact", "measured", "serial"),
                    List.of()),
            new Row("people rescued and those who survived: one count",
                    TestDocs.doc("a", BOAT_A).add("figure", "86", "kind", "count", "value", 86L, "qualifier", "exact",
                            "measured", "people"),
                    TestDocs.doc("b", BOAT_B).add("figure", "95", "kind", "count", "value", 95L, "qualifier", "exact"),
                    List.of("a:" + BOAT_A.indexOf("86"), "b:" + BOAT_B.indexOf("95"))),
            new Row("people rescued and those hurt: two outcomes",
                    TestDocs.doc("a", BOAT_A).add("figure", "86", "kind", "count", "value", 86L, "qualifier", "exact",
                            "measured", "people"),
                    TestDocs.doc("b", BOAT_C).add("figure", "95", "kind", "count", "value", 95L, "qualifier", "exact"),
                    List.of()),
            new Row("about 2 km and little more than a mile: a conversion rounded to a whole mile",
                    km("a", SHORE_A, "2 km", 2),
                    TestDocs.doc("b", SHORE_B).add("figure", "a mile", "kind", "measure", "value", 1L, "unit", "mi",
                            "qualifier", "over", "hedge", "more than", "normalizedValue", 1.609344, "normalizedUnit", "km"),
                    List.of()),
            new Row("about 4 km and little more than a mile: too far for a conversion's rounding",
                    km("a", SHORE_C, "4 km", 4),
                    TestDocs.doc("b", SHORE_B).add("figure", "a mile", "kind", "measure", "value", 1L, "unit", "mi",
                            "qualifier", "over", "hedge", "more than", "normalizedValue", 1.609344, "normalizedUnit", "km"),
                    List.of("a:" + SHORE_C.indexOf("4 km"), "b:" + SHORE_B.indexOf("a mile"))));

    @Test
    void pairsFiguresByTheirRoleTheirDigitsAndTheirOutcome() {
        assertEquals(List.of(), FigureMeasuresTest.mismatches(rule, ROWS));
    }
}
